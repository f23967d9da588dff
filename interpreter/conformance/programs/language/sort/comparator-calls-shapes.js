// Comparator calls for already sorted, reversed, equal, few-keys, organ-pipe and sawtooth data.
// Elements are objects so that stability (the order of equal keys) shows in the result.
const shapes = {
  ascending: (i) => i,
  descending: (i, n) => n - i,
  equal: () => 5,
  fewKeys: (i) => (i * 7) % 3,
  organPipe: (i, n) => Math.min(i, n - i),
  sawtooth: (i) => i % 9,
  twoRuns: (i, n) => (i < n / 2 ? i * 2 : (i - n / 2) * 2 + 1),
};
const lengths = [0, 1, 2, 3, 4, 5, 8, 13, 31, 32, 33, 63, 64, 65, 66, 97, 100, 128, 129];
for (const [name, shape] of Object.entries(shapes)) {
  for (const n of lengths) {
    const items = [];
    for (let i = 0; i < n; i++) items.push({ key: shape(i, n), id: i });
    const calls = [];
    items.sort((x, y) => {
      calls.push(x.id + '/' + y.id);
      return x.key - y.key;
    });
    console.log(name, n, calls.length, calls.join(' '));
    console.log('  ->', items.map((o) => o.id).join(','));
  }
}
