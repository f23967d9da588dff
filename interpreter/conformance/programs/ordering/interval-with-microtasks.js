// @runtimes node browser
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('tick', n);
  Promise.resolve().then(() => console.log('micro after tick', n));
  if (n === 3) clearInterval(id);
}, 20);
