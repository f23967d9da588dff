// @runtimes browser
queueMicrotask(() => {
  throw new RangeError('from queueMicrotask');
});
queueMicrotask(() => console.log('next microtask runs'));
Promise.resolve().then(() => console.log('promise job runs'));
