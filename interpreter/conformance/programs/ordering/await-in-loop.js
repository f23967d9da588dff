// @runtimes node browser
async function loop() {
  for (let i = 0; i < 3; i++) {
    await null;
    console.log('loop', i);
  }
}
loop();
Promise.resolve()
  .then(() => console.log('a'))
  .then(() => console.log('b'))
  .then(() => console.log('c'));
