// @runtimes node browser
let a = 0;
let b = 0;
const ia = setInterval(() => {
  console.log('a', ++a);
  if (a === 3) clearInterval(ia);
}, 100);
const ib = setInterval(() => {
  console.log('b', ++b);
  if (b === 2) clearInterval(ib);
}, 450);
