// @runtimes node browser
// Each finally in a chain adds its callback's tick and two more for passing the value through.
Promise.resolve('v')
  .finally(() => console.log('finally 1'))
  .finally(() => console.log('finally 2'))
  .then((v) => console.log('then', v));
let tick = 0;
const ladder = () => {
  if (tick < 8) {
    console.log('tick', ++tick);
    Promise.resolve().then(ladder);
  }
};
Promise.resolve().then(ladder);
