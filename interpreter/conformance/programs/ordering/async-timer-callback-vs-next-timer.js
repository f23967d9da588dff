// @runtimes node browser
// An async timer callback runs on through awaits of settled values before the next due timer; an await of a timer lets it in.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
setTimeout(async () => {
  console.log('A start');
  await null;
  console.log('A after await null');
  await Promise.resolve();
  console.log('A after await of a settled promise');
  await sleep(0);
  console.log('A after sleep(0)');
}, 100);
setTimeout(() => console.log('B (100)'), 100);
