// @runtimes node
setTimeout(() => {
  const p = Promise.reject(new Error('in timer'));
  process.nextTick(() => p.catch((e) => console.log('tick handled', e.message)));
}, 5);
setTimeout(() => console.log('still alive'), 10);
