// @runtimes node browser
const p = Promise.reject(new Error('handled in time'));
Promise.resolve().then(() => {
  p.catch((e) => console.log('caught', e.message));
});
setTimeout(() => console.log('process goes on'), 5);
