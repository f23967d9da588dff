// @runtimes node browser
const a = setTimeout(() => console.log('cleared: never'), 100);
setTimeout(() => console.log('kept'), 100);
clearTimeout(a);
const b = setTimeout(() => console.log('cleared later: never'), 300);
setTimeout(() => {
  console.log('clearing b');
  clearTimeout(b);
}, 200);
clearTimeout(undefined);
clearTimeout(12345);
