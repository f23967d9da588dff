// @runtimes node
process.nextTick(() => {
  throw new Error('from nextTick');
});
process.nextTick(() => console.log('second tick: never'));
Promise.resolve().then(() => console.log('promise: never'));
