// @runtimes node browser
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 4) clearInterval(id);
}, 200);
setTimeout(() => console.log('timeout 500'), 500);
setTimeout(() => console.log('timeout 1100'), 1100);
