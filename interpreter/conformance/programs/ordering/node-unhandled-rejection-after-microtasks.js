// @runtimes node
// Node reports an unhandled rejection only once the nextTick and microtask queues are empty, before any timer.
Promise.reject(new Error('unhandled'));
Promise.resolve()
  .then(() => console.log('microtask 1'))
  .then(() => console.log('microtask 2'))
  .then(() => process.nextTick(() => console.log('tick from microtask 2')));
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('never: timer'), 0);
