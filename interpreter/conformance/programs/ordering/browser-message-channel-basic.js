// @runtimes browser
const { port1, port2 } = new MessageChannel();
port1.onmessage = (e) => console.log('port1 got', e.data);
port2.postMessage('hello');
port2.postMessage({ n: 1 }.n);
console.log('posted');
Promise.resolve().then(() => console.log('microtask first'));
