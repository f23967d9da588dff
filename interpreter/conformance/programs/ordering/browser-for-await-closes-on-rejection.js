// @runtimes browser
// Chromium closes a sync iterator whose value rejects (ecma262 PR #2600); Node 20 does not.
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
