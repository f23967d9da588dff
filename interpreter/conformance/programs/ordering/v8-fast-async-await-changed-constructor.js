// @runtimes node browser
// PromiseResolve only reuses a promise whose `constructor` is %Promise%; change it and await takes three ticks.
const native = Promise.resolve('native');
const disguised = Promise.resolve('disguised');
disguised.constructor = function NotPromise() {};
(async () => {
  console.log('after await', await disguised);
})();
(async () => {
  console.log('after await', await native);
})();
Promise.resolve()
  .then(() => console.log('tick:a'))
  .then(() => console.log('tick:b'))
  .then(() => console.log('tick:c'))
  .then(() => console.log('tick:d'));
