/* global console, setTimeout */
// A long, busy program of the kind people paste: calls, loops, async functions, promise chains,
// timers and console output. It never ends by itself; the step limit stops it.
let total = 0;
function work(k) {
  let sum = 0;
  for (let i = 0; i < k; i++) sum += i;
  return sum;
}
async function job(i) {
  await null;
  total += work(i % 8);
  if (i % 25 === 0) console.log('job', i, total);
}
function round(r) {
  for (let i = 0; i < 40; i++) job(r * 40 + i);
  Promise.resolve(r)
    .then((v) => work(v % 5))
    .then(() => {
      total++;
    });
  setTimeout(() => round(r + 1), r % 3);
}
round(0);
