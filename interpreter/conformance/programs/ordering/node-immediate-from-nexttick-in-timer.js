// @runtimes node
setTimeout(() => {
  console.log('timer');
  process.nextTick(() => {
    console.log('tick');
    setImmediate(() => console.log('immediate from tick'));
  });
  setTimeout(() => console.log('timer from timer (+100)'), 100);
}, 20);
