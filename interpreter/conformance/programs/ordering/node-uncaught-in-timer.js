// @runtimes node
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('micro queued before the throw: never'));
  throw new Error('boom in timer');
}, 5);
setTimeout(() => console.log('timer 2: never'), 10);
