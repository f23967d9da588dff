// @runtimes node
Promise.resolve().then(() => {
  console.log('micro');
  setImmediate(() => console.log('immediate from micro'));
  process.nextTick(() => console.log('tick from micro'));
});
setImmediate(() => console.log('immediate from script'));
