// @runtimes node browser
async function* g() {
  const r = yield Promise.resolve('awaited before yielding');
  console.log('resumed with', r);
  yield new Promise((res) => setTimeout(() => res('from timer'), 10));
}
const it = g();
it.next().then((r) => {
  console.log('first', r.value);
  return it.next('hello');
}).then((r) => console.log('second', r.value));
