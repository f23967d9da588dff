// @runtimes node browser
// race wraps a thenable in a job of its own, so a settled promise listed after it still wins.
const syncThenable = {
  then(resolve) {
    console.log('thenable.then');
    resolve('thenable');
  },
};
Promise.race([syncThenable, Promise.resolve('promise')]).then((v) => console.log('race:', v));
Promise.race([syncThenable, 'plain value']).then((v) => console.log('race:', v));
Promise.race([Promise.resolve('first promise'), Promise.resolve('second promise')]).then((v) =>
  console.log('race:', v),
);
