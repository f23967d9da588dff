// @runtimes node
setTimeout(() => {
  throw 'a thrown string';
}, 5);
