// @runtimes node browser
async function f() {
  try {
    await Promise.reject(new Error('nope'));
  } catch (e) {
    console.log('caught', e.message);
  }
  console.log('after catch');
}
f();
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'));
