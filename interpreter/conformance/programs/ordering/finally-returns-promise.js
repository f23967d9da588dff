// @runtimes node browser
Promise.resolve('original')
  .finally(() => new Promise((r) => setTimeout(() => r('ignored'), 100)))
  .then((v) => console.log('value is still', v));
setTimeout(() => console.log('timer 50'), 50);
setTimeout(() => console.log('timer 250'), 250);
