function* gen() {
  try { yield 1; yield 2; yield 3; } finally { console.log('gen closed'); }
}
const [a] = gen();
console.log('a =', a);
const [b, ...rest] = gen();
console.log(b, rest);
const it = {
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => ({ value: i++, done: false }), return() { console.log('return called'); return {}; } };
  },
};
const [x, y] = it;
console.log(x, y);
