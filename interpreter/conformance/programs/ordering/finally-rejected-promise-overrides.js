// @runtimes node browser
// finally keeps the value unless its callback throws or returns a rejected promise, which waits and then wins.
Promise.resolve('kept')
  .finally(() => Promise.resolve('ignored'))
  .then((v) => console.log('fulfilled', v));
Promise.resolve('lost')
  .finally(() => Promise.reject(new Error('from finally')))
  .then(
    (v) => console.log('fulfilled', v),
    (e) => console.log('rejected', e.message),
  );
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'))
  .then(() => console.log('t4'))
  .then(() => console.log('t5'));
