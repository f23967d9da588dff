// @runtimes node
const p = Promise.reject(new Error('too late'));
setTimeout(() => {
  p.catch(() => console.log('never: the process already crashed'));
}, 5);
