// @runtimes node browser
async function* g() {
  console.log('never starts');
  yield 1;
}
const it = g();
it.return(Promise.resolve('awaited return value')).then((r) => console.log('return', r.value, r.done));
it.next().then((r) => console.log('next', r.value, r.done));
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'));
