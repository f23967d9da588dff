// @runtimes node
// An immediate set by an immediate waits for the next loop turn: the ones already queued run first.
setImmediate(() => {
  console.log('A');
  setImmediate(() => console.log('C (set by A)'));
});
setImmediate(() => {
  console.log('B');
  setImmediate(() => console.log('D (set by B)'));
});
