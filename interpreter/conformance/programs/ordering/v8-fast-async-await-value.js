// @runtimes node browser
(async () => {
  await 42;
  console.log('after:await');
})();
Promise.resolve()
  .then(() => console.log('tick:a'))
  .then(() => console.log('tick:b'))
  .then(() => console.log('tick:c'));
