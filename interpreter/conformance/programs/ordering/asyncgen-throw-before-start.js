// @runtimes node browser
async function* g() {
  yield 1;
}
const it = g();
it.throw(new Error('thrown at start')).catch((e) => console.log('rejected', e.message));
it.next().then((r) => console.log('then done', r.done));
