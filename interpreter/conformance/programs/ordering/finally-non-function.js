// @runtimes node browser
Promise.resolve(7)
  .finally()
  .then((v) => console.log('finally() passes', v));
Promise.resolve(8)
  .finally('not a function')
  .then((v) => console.log('finally(string) passes', v));
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'));
