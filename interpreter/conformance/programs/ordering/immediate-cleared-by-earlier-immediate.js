// @runtimes node
let second;
setImmediate(() => {
  console.log('first clears second');
  clearImmediate(second);
});
second = setImmediate(() => console.log('second: never'));
setImmediate(() => console.log('third'));
