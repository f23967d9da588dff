// @runtimes node browser
const t = {
  then(resolve) {
    console.log('thenable.then');
    resolve(Promise.resolve('inner promise value'));
  },
};
(async () => console.log('awaited', await t))();
let n = 0;
const step = () => {
  if (n < 7) {
    console.log('tick', ++n);
    Promise.resolve().then(step);
  }
};
step();
