// @runtimes node
Promise.resolve()
  .then(() => {
    console.log('p1');
    process.nextTick(() => console.log('tick queued in p1'));
  })
  .then(() => console.log('p2'))
  .then(() => console.log('p3'));
Promise.resolve().then(() => console.log('q1'));
