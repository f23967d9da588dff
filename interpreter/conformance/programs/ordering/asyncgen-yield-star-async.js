// @runtimes node browser
async function* inner() {
  yield 'i1';
  yield 'i2';
  return 'inner result';
}
async function* outer() {
  yield 'o1';
  const r = yield* inner();
  console.log('yield* gave', r);
  yield 'o2';
}
(async () => {
  for await (const v of outer()) console.log(v);
})();
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'))
  .then(() => console.log('t4'))
  .then(() => console.log('t5'));
