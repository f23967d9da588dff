// @runtimes browser
setTimeout(() => {
  throw 'a string';
}, 0);
setTimeout(() => {
  throw 42;
}, 0);
setTimeout(() => console.log('after'), 0);
