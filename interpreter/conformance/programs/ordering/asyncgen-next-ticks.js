// @runtimes node browser
async function* g() {
  yield 'a';
  yield 'b';
}
const it = g();
it.next().then((r) => console.log('next 1', r.value, r.done));
it.next().then((r) => console.log('next 2', r.value, r.done));
it.next().then((r) => console.log('next 3', r.value, r.done));
it.next().then((r) => console.log('next 4', r.value, r.done));
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'))
  .then(() => console.log('t4'));
