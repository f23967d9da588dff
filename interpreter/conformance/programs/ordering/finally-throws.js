// @runtimes node browser
Promise.resolve('x')
  .finally(() => {
    throw new Error('finally threw');
  })
  .then(
    () => console.log('not reached'),
    (e) => console.log('rejected by finally', e.message),
  );
Promise.reject(new Error('first'))
  .finally(() => Promise.reject(new Error('second')))
  .catch((e) => console.log('replaced by', e.message));
