// @runtimes node browser
async function* g() {
  yield 1;
  return 'the end';
}
const it = g();
(async () => {
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.next()));
})();
