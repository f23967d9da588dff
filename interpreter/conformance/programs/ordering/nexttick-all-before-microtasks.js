// @runtimes node
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('promise from tick 1'));
  process.nextTick(() => console.log('tick 3 (queued by tick 1)'));
});
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('promise from script'));
