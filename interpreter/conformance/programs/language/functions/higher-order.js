// @runtimes node browser
const compose = (...fns) => (x) => fns.reduceRight((v, f) => f(v), x);
const pipe = (...fns) => (x) => fns.reduce((v, f) => f(v), x);
const inc = (x) => x + 1;
const dbl = (x) => x * 2;
console.log(compose(inc, dbl)(5), pipe(inc, dbl)(5));
function memoize(fn) {
  const cache = new Map();
  return (n) => { if (!cache.has(n)) cache.set(n, fn(n)); return cache.get(n); };
}
let calls = 0;
const slowSq = memoize((n) => { calls++; return n * n; });
slowSq(4); slowSq(4); slowSq(5);
console.log(calls);
function debounceLike(fn) { let last; return (...args) => { last = args; return () => fn(...last); }; }
console.log(debounceLike((a, b) => a + b)(1, 2)());
