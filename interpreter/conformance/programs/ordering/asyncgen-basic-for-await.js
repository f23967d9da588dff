// @runtimes node browser
async function* numbers() {
  console.log('gen start');
  yield 1;
  console.log('after yield 1');
  yield 2;
  console.log('gen end');
}
(async () => {
  for await (const n of numbers()) console.log('got', n);
  console.log('loop done');
})();
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'))
  .then(() => console.log('t4'))
  .then(() => console.log('t5'))
  .then(() => console.log('t6'));
