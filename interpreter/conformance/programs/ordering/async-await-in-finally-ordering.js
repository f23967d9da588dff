// @runtimes node browser
async function f() {
  try {
    return 'from try';
  } finally {
    await null;
    console.log('finally after await');
  }
}
async function g() {
  try {
    throw new Error('from try');
  } catch (e) {
    await null;
    console.log('catch after await', e.message);
  }
}
f().then(console.log);
g();
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'));
