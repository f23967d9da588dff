// @runtimes node
async function f() {
  await null;
  throw new TypeError('thrown after await');
}
f();
console.log('sync end');
