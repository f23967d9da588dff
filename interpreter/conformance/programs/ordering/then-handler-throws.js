// @runtimes node browser
Promise.resolve()
  .then(() => {
    throw new Error('in handler');
  })
  .then(() => console.log('skipped'))
  .catch((e) => {
    console.log('caught', e.message);
    return 'recovered';
  })
  .then((v) => console.log('after catch', v));
