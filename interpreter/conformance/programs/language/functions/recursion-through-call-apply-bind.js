// @runtimes node browser
// Recursion through fn.call, fn.apply, a bound function and a memoizing wrapper goes as deep as
// direct recursion: thousands of levels, then V8's RangeError.
function memoize(fn) {
  const cache = new Map();
  return function (n) {
    if (!cache.has(n)) cache.set(n, fn.call(this, n));
    return cache.get(n);
  };
}
const fib = memoize((n) => (n < 2 ? BigInt(n) : fib(n - 1) + fib(n - 2)));
console.log(String(fib(1000)).length);
function viaApply(n) { return n === 0 ? 0 : 1 + viaApply.apply(null, [n - 1]); }
console.log(viaApply(3000));
function viaBind(n) { return n === 0 ? 0 : 1 + viaBind.bind(null, n - 1)(); }
console.log(viaBind(3000));
const deep = (n) => (n === 0 ? 'bottom' : deep.call.call(deep, null, n - 1));
console.log(deep(2000));
try { (function f() { f.call(null); })(); } catch (e) { console.log(e instanceof RangeError, e.message); }
