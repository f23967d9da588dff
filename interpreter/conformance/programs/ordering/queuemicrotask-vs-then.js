// @runtimes node browser
queueMicrotask(() => console.log('qm1'));
Promise.resolve().then(() => console.log('then1'));
queueMicrotask(() => {
  console.log('qm2');
  queueMicrotask(() => console.log('qm nested'));
  Promise.resolve().then(() => console.log('then in qm'));
});
Promise.resolve().then(() => console.log('then2'));
