// @runtimes node browser
async function* g() {
  yield 1;
  throw new Error('generator failed');
}
(async () => {
  try {
    for await (const v of g()) console.log('v', v);
  } catch (e) {
    console.log('loop caught', e.message);
  }
})();
