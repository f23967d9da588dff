// Which pairs the comparator sees, in order, sorting LCG-random numbers, for every length 0..100
// (V8: binary insertion below 64 elements, runs of 32+ merged above).
let seed = 7;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
for (let n = 0; n <= 100; n++) {
  const values = [];
  for (let i = 0; i < n; i++) values.push(next() % 1000);
  const calls = [];
  values.sort((a, b) => {
    calls.push(a + ':' + b);
    return a - b;
  });
  console.log(n, calls.length, calls.join(' '));
  console.log('  ->', values.join(','));
}
