// @runtimes node browser
Promise.allSettled([
  Promise.resolve(1),
  Promise.reject(new Error('two')),
  new Promise((r) => setTimeout(() => r(3), 5)),
  4,
]).then((results) => {
  for (const r of results) console.log(r.status, r.status === 'fulfilled' ? r.value : r.reason.message);
});
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'));
