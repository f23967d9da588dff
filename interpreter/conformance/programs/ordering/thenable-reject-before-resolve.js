// @runtimes node browser
// Only the first call of a thenable's callbacks counts, whichever it is; later calls do nothing.
const rejectsFirst = {
  then(resolve, reject) {
    reject(new Error('first: reject'));
    resolve('second: resolve');
  },
};
(async () => {
  try {
    console.log('fulfilled', await rejectsFirst);
  } catch (e) {
    console.log('rejected', e.message);
  }
})();
const resolvesLater = {
  then(resolve, reject) {
    setTimeout(() => resolve('later: resolve'), 50);
    setTimeout(() => reject(new Error('even later: reject')), 100);
  },
};
Promise.resolve(resolvesLater).then(
  (v) => console.log('fulfilled', v),
  (e) => console.log('rejected', e.message),
);
setTimeout(() => console.log('after both callbacks'), 150);
