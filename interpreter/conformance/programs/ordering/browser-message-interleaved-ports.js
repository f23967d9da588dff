// @runtimes browser
const a = new MessageChannel();
const b = new MessageChannel();
a.port1.onmessage = (e) => console.log('a', e.data);
b.port1.onmessage = (e) => console.log('b', e.data);
a.port2.postMessage(1);
b.port2.postMessage(1);
a.port2.postMessage(2);
b.port2.postMessage(2);
a.port2.postMessage(3);
