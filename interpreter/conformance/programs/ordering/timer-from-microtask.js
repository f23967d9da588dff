// @runtimes node browser
setTimeout(() => console.log('timer from script'), 0);
Promise.resolve().then(() => {
  console.log('micro');
  setTimeout(() => console.log('timer from micro'), 0);
});
