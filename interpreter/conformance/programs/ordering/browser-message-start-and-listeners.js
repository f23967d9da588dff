// @runtimes browser
const { port1, port2 } = new MessageChannel();
port1.addEventListener('message', (e) => {
  console.log('listener 1', e.data);
  Promise.resolve().then(() => console.log('microtask between listeners'));
});
port1.addEventListener('message', (e) => console.log('listener 2', e.data));
port2.postMessage('queued until start()');
setTimeout(() => {
  console.log('starting the port');
  port1.start();
}, 50);
