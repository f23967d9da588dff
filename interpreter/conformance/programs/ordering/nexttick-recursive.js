// @runtimes node
let n = 0;
function again() {
  console.log('tick', ++n);
  if (n < 5) process.nextTick(again);
}
process.nextTick(again);
Promise.resolve().then(() => console.log('promise waits for all ticks'));
setTimeout(() => console.log('timeout'), 0);
