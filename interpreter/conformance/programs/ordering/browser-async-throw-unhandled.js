// @runtimes browser
async function f() {
  await null;
  throw new Error('after await');
}
f();
console.log('sync');
setTimeout(() => console.log('later'), 50);
