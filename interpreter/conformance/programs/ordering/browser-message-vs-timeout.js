// @runtimes browser
const ch = new MessageChannel();
ch.port1.onmessage = () => console.log('message');
setTimeout(() => console.log('timeout 0 (posted first)'), 0);
ch.port2.postMessage(null);
setTimeout(() => console.log('timeout 0 (posted last)'), 0);
