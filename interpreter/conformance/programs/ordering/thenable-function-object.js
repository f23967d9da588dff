// @runtimes node browser
// A function with a `then` method is a thenable too; an object whose `then` is not callable is a plain value.
function fn() {}
fn.then = (resolve) => {
  console.log('fn.then called');
  resolve('from a function');
};
const notThenable = { then: 42 };
Promise.resolve(fn).then((v) => console.log('resolved', v));
Promise.resolve(notThenable).then((v) => console.log('plain object, then is', v.then));
Promise.resolve()
  .then(() => console.log('m1'))
  .then(() => console.log('m2'))
  .then(() => console.log('m3'));
