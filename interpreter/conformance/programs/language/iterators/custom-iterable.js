const range = {
  from: 1, to: 4,
  [Symbol.iterator]() {
    let cur = this.from; const last = this.to;
    return { next: () => (cur <= last ? { value: cur++, done: false } : { value: undefined, done: true }) };
  },
};
console.log([...range], Array.from(range, (x) => x * 2));
for (const n of range) console.log(n);
const [a, b] = range;
console.log(a, b, Math.max(...range), new Set(range).size);
