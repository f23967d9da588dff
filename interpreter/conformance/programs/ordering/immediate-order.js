// @runtimes node
setImmediate(() => console.log('immediate 1'));
setImmediate(() => {
  console.log('immediate 2');
  setImmediate(() => console.log('immediate 4 (next loop)'));
  process.nextTick(() => console.log('tick between immediates'));
  Promise.resolve().then(() => console.log('promise between immediates'));
});
setImmediate(() => console.log('immediate 3'));
