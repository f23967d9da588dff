// @runtimes node browser
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('micro from timer 1'));
  queueMicrotask(() => console.log('qm from timer 1'));
}, 5);
setTimeout(() => console.log('timer 2'), 5);
