// @runtimes node browser
// return() on a generator paused at a yield runs its finally (awaits included) before the return settles.
async function* g() {
  try {
    yield 'first';
    console.log('never: resumed by return');
  } finally {
    console.log('finally start');
    await new Promise((resolve) => setTimeout(resolve, 50));
    console.log('finally end');
  }
}
(async () => {
  const it = g();
  console.log('next:', (await it.next()).value);
  const result = await it.return('stopped');
  console.log('return:', result.value, result.done);
  console.log('next after return:', (await it.next()).done);
})();
