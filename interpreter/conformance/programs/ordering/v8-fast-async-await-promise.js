// @runtimes node browser
// https://v8.dev/blog/fast-async: await on a native promise takes one tick.
const p = Promise.resolve();
(async () => {
  await p;
  console.log('after:await');
})();
p.then(() => console.log('tick:a')).then(() => console.log('tick:b'));
