// @runtimes node browser
async function* g() {
  yield* [Promise.resolve('a'), 'b'];
  yield* new Set(['c']);
}
(async () => {
  for await (const v of g()) console.log(v);
})();
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'))
  .then(() => console.log('t4'));
