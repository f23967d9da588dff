// @runtimes node browser
Promise.reject(new Error('kept'))
  .finally(() => console.log('finally sees rejection'))
  .catch((e) => console.log('reason kept', e.message));
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'))
  .then(() => console.log('t4'));
