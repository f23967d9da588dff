// @runtimes browser
const { port1, port2 } = new MessageChannel();
port1.onmessage = (e) => {
  console.log('port1 got', e.data);
  if (e.data < 3) port1.postMessage(e.data + 1);
};
port2.onmessage = (e) => {
  console.log('port2 got', e.data);
  port2.postMessage(e.data + 1);
};
port1.postMessage(0);
