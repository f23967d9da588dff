// @runtimes node browser
async function* g() {
  console.log('before await');
  await null;
  console.log('after await');
  yield 1;
  await new Promise((r) => setTimeout(r, 10));
  yield 2;
}
(async () => {
  for await (const v of g()) console.log('value', v);
})();
Promise.resolve()
  .then(() => console.log('p1'))
  .then(() => console.log('p2'))
  .then(() => console.log('p3'));
