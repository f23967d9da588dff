// @runtimes node browser
Promise.resolve('pass')
  .then(null)
  .then(undefined, 5)
  .then('x')
  .then((v) => console.log('value passed through', v));
Promise.reject(new Error('r'))
  .then(() => console.log('not me'))
  .then(null, undefined)
  .catch((e) => console.log('reason passed through', e.message));
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'))
  .then(() => console.log('t4'));
