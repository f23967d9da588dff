// @runtimes node browser
async function* g() {
  try {
    yield 1;
  } catch (e) {
    console.log('generator caught', e);
    yield 'recovered';
  }
}
const it = g();
it.next().then((r) => console.log('next', r.value));
it.throw('oops').then((r) => console.log('throw gave', r.value));
it.next().then((r) => console.log('done', r.done));
