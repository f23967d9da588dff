// @runtimes node browser
// await hands a native promise straight to PerformPromiseThen: an own `then` is never called; resolve(p) calls it.
const p = Promise.resolve('v');
p.then = function (onFulfilled, onRejected) {
  console.log('own then called');
  return Promise.prototype.then.call(this, onFulfilled, onRejected);
};
(async () => {
  console.log('after await', await p);
})();
new Promise((resolve) => resolve(p)).then((v) => console.log('after resolve(p)', v));
Promise.resolve()
  .then(() => console.log('tick:a'))
  .then(() => console.log('tick:b'))
  .then(() => console.log('tick:c'));
