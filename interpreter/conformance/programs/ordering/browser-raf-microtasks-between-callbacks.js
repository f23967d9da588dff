// @runtimes browser
requestAnimationFrame(() => {
  console.log('raf 1');
  Promise.resolve().then(() => console.log('microtask from raf 1'));
});
requestAnimationFrame(() => {
  console.log('raf 2');
  queueMicrotask(() => console.log('microtask from raf 2'));
});
