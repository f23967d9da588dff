// @runtimes browser
onmessage = () => console.log('message');
postMessage(null, '*');
Promise.resolve()
  .then(() => console.log('p1'))
  .then(() => console.log('p2'))
  .then(() => console.log('p3'));
