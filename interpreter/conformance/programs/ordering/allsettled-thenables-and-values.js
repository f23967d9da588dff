// @runtimes node browser
// allSettled waits for every input: plain values, a settled promise, a throwing thenable and a thenable that settles later.
const throwing = {
  then() {
    throw new Error('then threw');
  },
};
const late = {
  then(resolve) {
    setTimeout(() => resolve('late thenable'), 50);
  },
};
Promise.allSettled([1, Promise.reject(new Error('rejected')), throwing, late]).then((results) => {
  for (const r of results) console.log(r.status, r.status === 'fulfilled' ? r.value : r.reason.message);
});
Promise.resolve()
  .then(() => console.log('m1'))
  .then(() => console.log('m2'))
  .then(() => console.log('m3'));
