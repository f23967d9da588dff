// @runtimes node browser
// A promise subclass is not the intrinsic %Promise%: three ticks.
class MyPromise extends Promise {}
const mp = MyPromise.resolve('sub');
(async () => {
  const v = await mp;
  console.log('after:await', v);
})();
Promise.resolve()
  .then(() => console.log('tick:a'))
  .then(() => console.log('tick:b'))
  .then(() => console.log('tick:c'))
  .then(() => console.log('tick:d'));
