// @runtimes browser
const { port1, port2 } = new MessageChannel();
port1.onmessage = (e) => console.log('message', e.data);
setTimeout(() => console.log('timeout 0'), 0);
Promise.resolve().then(() => port2.postMessage('from microtask'));
port2.postMessage('from script');
