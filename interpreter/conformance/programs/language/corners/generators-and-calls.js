function helper(x) { return x * 10; }
function* g() {
  try {
    const a = yield helper(1);
    const b = yield [1, 2].map((v) => helper(v + a));
    return helper(b);
  } finally {
    console.log('finally calls', helper(7));
  }
}
const it = g();
console.log(it.next(), it.next(2), it.next(3));
const it2 = g();
it2.next();
console.log(it2.return(99));
function* fact(n) { if (n <= 1) { yield 1; return 1; } const r = yield* fact(n - 1); yield r * n; return r * n; }
console.log([...fact(5)]);
function* thrower() { yield 1; throw new Error('from generator'); }
try { for (const v of thrower()) console.log('value', v); } catch (e) { console.log(e.message); }
const genObj = { *[Symbol.iterator]() { yield* [1, 2]; yield* (function* () { yield 3; })(); } };
console.log(Array.from(genObj), Math.max(...genObj));
