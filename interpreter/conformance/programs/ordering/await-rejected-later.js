// @runtimes node browser
let fail;
const p = new Promise((_, reject) => (fail = reject));
(async () => {
  try {
    await p;
  } catch (e) {
    console.log('caught', e.message);
  }
})();
setTimeout(() => {
  console.log('rejecting');
  fail(new Error('late failure'));
  console.log('rejected');
}, 50);
