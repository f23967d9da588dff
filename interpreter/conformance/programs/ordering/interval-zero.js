// @runtimes node browser
let n = 0;
const id = setInterval(() => {
  console.log('interval', ++n);
  Promise.resolve().then(() => console.log('micro', n));
  if (n === 3) clearInterval(id);
}, 0);
setTimeout(() => console.log('timeout 0 after the interval'), 0);
