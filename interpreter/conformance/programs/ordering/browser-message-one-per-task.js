// @runtimes browser
// A port delivers one message per task; tasks queued meanwhile run in between.
const ch = new MessageChannel();
ch.port1.onmessage = (e) => {
  console.log('port', e.data);
  Promise.resolve().then(() => console.log('micro', e.data));
};
onmessage = (e) => console.log('window', e.data);
ch.port2.postMessage('a1');
ch.port2.postMessage('a2');
ch.port2.postMessage('a3');
setTimeout(() => console.log('timeout 0'), 0);
postMessage('w', '*');
