// @runtimes node browser
// clearInterval inside the interval's own callback stops it at once; the microtasks that callback queued still run.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval', n);
  Promise.resolve().then(() => console.log('microtask of run', n));
  if (n === 2) {
    clearInterval(id);
    console.log('cleared in run', n);
  }
}, 100);
setTimeout(() => console.log('350: no third run'), 350);
