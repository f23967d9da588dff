// @runtimes browser
window.addEventListener('message', (e) => {
  console.log('listener', e.data, e.source === window);
  Promise.resolve().then(() => console.log('microtask after listener', e.data));
});
onmessage = (e) => console.log('onmessage', e.data);
postMessage('one', '*');
window.postMessage('two', '*');
setTimeout(() => console.log('timeout 0'), 0);
console.log('sync');
