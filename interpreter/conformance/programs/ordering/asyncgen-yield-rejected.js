// @runtimes node browser
async function* g() {
  try {
    yield Promise.reject(new Error('rejected yield'));
  } catch (e) {
    console.log('caught inside', e.message);
  }
  yield 'after';
}
(async () => {
  for await (const v of g()) console.log('v', v);
})();
