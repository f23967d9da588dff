// @runtimes node
// The nextTick queue drains completely, even ticks added meanwhile, before any microtask; a tick added by a microtask waits for all microtasks.
queueMicrotask(() => {
  console.log('microtask 1');
  process.nextTick(() => console.log('tick from microtask 1'));
  queueMicrotask(() => console.log('microtask from microtask 1'));
});
process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => console.log('tick from tick 1'));
  queueMicrotask(() => console.log('microtask from tick 1'));
});
queueMicrotask(() => console.log('microtask 2'));
process.nextTick(() => console.log('tick 2'));
