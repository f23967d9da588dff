// @runtimes node browser
async function f() {
  try {
    console.log('try');
    await null;
    console.log('try after await');
    return 'ret';
  } finally {
    console.log('finally');
    await null;
    console.log('finally after await');
  }
}
f().then((v) => console.log('resolved', v));
Promise.resolve()
  .then(() => console.log('x1'))
  .then(() => console.log('x2'))
  .then(() => console.log('x3'));
