// @runtimes node
setImmediate(() => {
  console.log('immediate 1');
  throw new Error('from immediate');
});
setImmediate(() => console.log('immediate 2: never'));
