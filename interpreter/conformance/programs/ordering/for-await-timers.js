// @runtimes node browser
async function* clock() {
  for (const ms of [300, 200, 200]) {
    await new Promise((r) => setTimeout(r, ms));
    yield ms;
  }
}
(async () => {
  for await (const ms of clock()) console.log('waited', ms);
})();
setTimeout(() => console.log('outside 400'), 400);
