// @runtimes browser
const { port1, port2 } = new MessageChannel();
port1.onmessage = () => console.log('message from frame');
requestAnimationFrame(() => {
  console.log('frame');
  port2.postMessage(null);
  Promise.resolve().then(() => console.log('microtask in frame'));
});
