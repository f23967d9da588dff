// @runtimes node browser
const t = {
  then(onFulfilled) {
    console.log('then runs in a job');
    onFulfilled('sync');
  },
};
Promise.resolve(t).then((v) => console.log('resolved', v));
console.log('after Promise.resolve');
Promise.resolve()
  .then(() => console.log('m1'))
  .then(() => console.log('m2'))
  .then(() => console.log('m3'));
