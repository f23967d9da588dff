// @runtimes node browser
const originalThen = Promise.prototype.then;
let thenCalls = 0;
Promise.prototype.then = function (onFulfilled, onRejected) {
  thenCalls++;
  return originalThen.call(this, onFulfilled, onRejected);
};
(async () => {
  await Promise.resolve('a');
  console.log('after await on a native promise, then calls:', thenCalls);
  await { then(r) { r('thenable'); } };
  console.log('after await on a thenable');
})();
Promise.resolve(1).then((v) => console.log('explicit then', v, thenCalls));
console.log('sync', thenCalls);
