// @runtimes browser
async function* frames(n) {
  for (let i = 0; i < n; i++) {
    await new Promise((r) => requestAnimationFrame(r));
    yield i;
  }
}
(async () => {
  for await (const i of frames(3)) console.log('frame', i);
  console.log('done');
})();
setTimeout(() => console.log('timer 500'), 500);
