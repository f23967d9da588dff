// @runtimes node
Promise.resolve(1)
  .then((v) => {
    console.log('v', v);
    throw new Error('chain broke');
  })
  .then(() => console.log('skipped'));
setTimeout(() => console.log('never'), 5);
