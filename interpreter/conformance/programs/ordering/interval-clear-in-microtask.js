// @runtimes node browser
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('tick', n);
  Promise.resolve().then(() => {
    if (n === 2) {
      console.log('cleared from a microtask');
      clearInterval(id);
    }
  });
}, 50);
