// @runtimes node
// An immediate set in a timer callback runs in the same loop turn, before any timer still to come.
setTimeout(() => {
  console.log('timer 50');
  setImmediate(() => console.log('immediate from timer 50'));
  process.nextTick(() => console.log('tick from timer 50'));
}, 50);
setTimeout(() => console.log('timer 150'), 150);
