// @runtimes browser node
const { port1, port2 } = new MessageChannel();
port1.onmessage = (e) => console.log('got', e.data);
port2.postMessage('before close');
setTimeout(() => {
  port2.postMessage('after close: never');
  port1.close();
  setTimeout(() => console.log('done'), 50);
}, 50);
