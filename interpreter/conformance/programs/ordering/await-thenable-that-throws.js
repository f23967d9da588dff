// @runtimes node browser
(async () => {
  try {
    await {
      then() {
        throw new Error('then threw');
      },
    };
  } catch (e) {
    console.log('await rejected:', e.message);
  }
})();
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'));
