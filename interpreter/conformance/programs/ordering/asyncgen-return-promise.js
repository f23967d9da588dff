// @runtimes node browser
async function* g() {
  return Promise.resolve('returned promise is awaited');
}
g()
  .next()
  .then((r) => console.log(r.value, r.done));
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'))
  .then(() => console.log('t4'));
