// @runtimes node browser
// A foreign thenable: PromiseResolveThenableJob, then the reaction: two ticks.
const thenable = {
  then(resolve) {
    console.log('then called');
    resolve('v');
  },
};
(async () => {
  const v = await thenable;
  console.log('after:await', v);
})();
Promise.resolve()
  .then(() => console.log('tick:a'))
  .then(() => console.log('tick:b'))
  .then(() => console.log('tick:c'));
