// @runtimes node browser
// A timer set inside a callback, even with delay 0, comes after a sibling that was already due.
setTimeout(() => {
  console.log('A (100)');
  setTimeout(() => console.log('set by A, delay 0'), 0);
  Promise.resolve().then(() => console.log('microtask of A'));
}, 100);
setTimeout(() => console.log('B (100, already due)'), 100);
