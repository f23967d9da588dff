// @runtimes node browser
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next: () => ({ value: i++, done: false }),
      return() {
        console.log('sync return called');
        return { done: true };
      },
    };
  },
};
(async () => {
  for await (const v of iterable) {
    console.log('v', v);
    if (v === 1) break;
  }
  console.log('after');
})();
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'))
  .then(() => console.log('t4'))
  .then(() => console.log('t5'))
  .then(() => console.log('t6'));
