// @runtimes node browser
(async () => {
  try {
    for await (const v of [Promise.resolve('ok'), Promise.reject(new Error('bad element'))]) console.log('v', v);
  } catch (e) {
    console.log('caught', e.message);
  }
})();
