// @runtimes node
// Node 20's V8 predates ecma262 PR #2600: a rejected value does not close the sync iterator.
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next: () => ({ value: i++ === 0 ? Promise.reject(new Error('bad')) : 1, done: i > 3 }),
      return() {
        console.log('sync return called');
        return { done: true };
      },
    };
  },
};
(async () => {
  try {
    for await (const v of iterable) console.log('v', v);
  } catch (e) {
    console.log('caught', e.message);
  }
})();
