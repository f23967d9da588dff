// @runtimes browser
// An interval whose callback throws is reported and keeps running in the browser (in Node the process would die).
let n = 0;
const id = setInterval(() => {
  n++;
  if (n === 3) clearInterval(id);
  console.log('interval', n);
  if (n < 3) throw new Error(`run ${n} threw`);
}, 100);
