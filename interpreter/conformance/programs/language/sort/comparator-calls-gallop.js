// Longer arrays whose runs merge with galloping (one run winning 7+ times in a row), in both
// merge directions, and comparators that are inconsistent or return odd values.
let seed = 99;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
function sortLogged(label, values, compare) {
  const calls = [];
  values.sort((a, b) => {
    calls.push(a + ':' + b);
    return compare(a, b);
  });
  console.log(label, values.length, calls.length, calls.join(' '));
  console.log('  ->', values.join(','));
}
const byValue = (a, b) => a - b;
const runs = (lengths, step) => {
  const out = [];
  let base = 0;
  for (const length of lengths) {
    for (let i = 0; i < length; i++) out.push(base + i * step);
    base += 1 + (next() % 7);
  }
  return out;
};
// Interleaved ranges: merges alternate between long wins of each side.
sortLogged('blocks', runs([70, 90, 40, 120, 35], 3), byValue);
sortLogged('low-then-high', [...runs([150], 1), ...runs([80], 2).map((v) => v + 60)], byValue);
sortLogged('high-then-low', [...runs([80], 2).map((v) => v + 60), ...runs([150], 1)], byValue);
const chunky = [];
for (let i = 0; i < 400; i++) chunky.push((Math.floor(i / 25) % 4) * 100 + (i % 25));
sortLogged('chunky', chunky, byValue);
const random = [];
for (let i = 0; i < 300; i++) random.push(next() % 50);
sortLogged('random300', random, byValue);
sortLogged('descending-runs', runs([40, 50, 60, 70], 1).reverse(), byValue);
// An inconsistent comparator: V8 must still finish, and it calls in a fixed order.
const noisy = [];
for (let i = 0; i < 200; i++) noisy.push(next() % 100);
sortLogged('inconsistent', noisy, (a, b) => ((a * 7 + b * 13) % 3) - 1);
// Odd results: NaN counts as 0, strings and booleans are converted to numbers.
sortLogged('nan', [3, 1, 2, 5, 4], () => NaN);
sortLogged('strings', [3, 1, 2, 5, 4], (a, b) => String(a - b));
sortLogged('booleans', [3, 1, 2, 5, 4], (a, b) => a > b);
sortLogged('objects', [3, 1, 2, 5, 4], (a, b) => ({ valueOf: () => b - a }));
