// @runtimes node browser
async function* g() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('cleanup');
  }
}
const it = g();
it.next().then((r) => console.log('next', r.value));
it.return('early').then((r) => console.log('return', r.value, r.done));
it.next().then((r) => console.log('after return', r.value, r.done));
