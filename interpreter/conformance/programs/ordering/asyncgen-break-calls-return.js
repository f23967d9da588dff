// @runtimes node browser
async function* g() {
  try {
    for (let i = 0; ; i++) yield i;
  } finally {
    console.log('finally in generator');
  }
}
(async () => {
  for await (const v of g()) {
    console.log('v', v);
    if (v === 2) break;
  }
  console.log('after loop');
})();
