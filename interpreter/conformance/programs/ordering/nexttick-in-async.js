// @runtimes node
async function f() {
  console.log('f start');
  process.nextTick(() => console.log('tick from f'));
  await null;
  console.log('f after await');
  process.nextTick(() => console.log('tick after await'));
  await null;
  console.log('f end');
}
f();
Promise.resolve()
  .then(() => console.log('p1'))
  .then(() => console.log('p2'))
  .then(() => console.log('p3'));
