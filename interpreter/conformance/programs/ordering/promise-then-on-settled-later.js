// @runtimes node browser
let resolveIt;
const p = new Promise((r) => (resolveIt = r));
p.then(() => console.log('registered before'));
queueMicrotask(() => {
  resolveIt('now');
  p.then(() => console.log('registered after settling'));
  Promise.resolve().then(() => console.log('sibling microtask'));
});
