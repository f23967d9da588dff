// @runtimes browser
const { port1, port2 } = new MessageChannel();
const original = { list: [1, 2, 3], nested: { s: 'x' } };
port1.onmessage = (e) => {
  console.log('copy equals', JSON.stringify(e.data) === JSON.stringify(original));
  console.log('not the same object', e.data !== original);
};
port2.postMessage(original);
original.list.push(4);
try {
  port2.postMessage(() => {});
} catch (e) {
  console.log('functions cannot be cloned:', e.name);
}
