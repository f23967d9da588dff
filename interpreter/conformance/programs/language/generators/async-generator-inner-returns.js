// @runtimes node browser
// Only an async generator's own `return x` awaits x; returns of arrows and functions inside it
// do not (they share its scope, not its kind).
const log = (s) => console.log(s);
const id = (v) => v;
async function* g() {
  const plain = () => {
    return 1;
  };
  const calling = () => {
    return id(2);
  };
  function inner() {
    return Promise.resolve(3);
  }
  yield plain();
  yield calling();
  yield [4].map((v) => {
    return v * 2;
  })[0];
  const p = inner();
  log('inner returned a promise: ' + (p instanceof Promise));
  yield p;
  return Promise.resolve('done');
}
(async () => {
  const it = g();
  for (let r = await it.next(); ; r = await it.next()) {
    log(JSON.stringify(r));
    if (r.done) break;
  }
})();
Promise.resolve().then(() => log('tick 1')).then(() => log('tick 2')).then(() => log('tick 3'));
