// @runtimes node browser
(async () => {
  for await (const v of [1, Promise.resolve(2), 3]) console.log('v', v);
  console.log('done');
})();
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'))
  .then(() => console.log('t4'))
  .then(() => console.log('t5'))
  .then(() => console.log('t6'))
  .then(() => console.log('t7'));
