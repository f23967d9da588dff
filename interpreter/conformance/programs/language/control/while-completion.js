// @runtimes node browser
function firstNegative(xs) {
  let i = 0;
  while (i < xs.length) {
    if (xs[i] < 0) return i;
    i++;
  }
  return -1;
}
console.log(firstNegative([1, 2, -3]), firstNegative([]));
let count = 0;
while (true) { count++; if (count >= 1000) break; }
console.log(count);
