// @runtimes node
queueMicrotask(() => {
  throw new RangeError('from queueMicrotask');
});
queueMicrotask(() => console.log('second microtask: never'));
