// @runtimes browser
setTimeout(() => {
  console.log('task 1');
  throw new Error('boom in task 1');
}, 0);
setTimeout(() => console.log('task 2 still runs'), 0);
console.log('script');
