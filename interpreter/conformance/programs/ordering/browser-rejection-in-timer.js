// @runtimes browser
setTimeout(() => {
  Promise.reject(new Error('from a timer'));
  setTimeout(() => console.log('timer queued in the same task runs first'), 0);
  console.log('timer task');
}, 50);
