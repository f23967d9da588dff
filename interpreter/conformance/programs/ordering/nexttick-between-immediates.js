// @runtimes node
// Since Node 11, each setImmediate callback is followed by its nextTicks and microtasks before the next one.
setImmediate(() => {
  console.log('immediate A');
  Promise.resolve().then(() => console.log('promise from A'));
  process.nextTick(() => console.log('tick from A'));
});
setImmediate(() => {
  console.log('immediate B');
  process.nextTick(() => console.log('tick from B'));
});
