// @runtimes browser
const { port1, port2 } = new MessageChannel();
port2.postMessage('early');
setTimeout(() => {
  console.log('setting onmessage starts the port');
  port1.onmessage = (e) => console.log('got', e.data);
}, 50);
