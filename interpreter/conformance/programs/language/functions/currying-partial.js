// @runtimes node browser
function curry(fn) {
  return function curried(...args) {
    if (args.length >= fn.length) return fn.apply(this, args);
    return (...more) => curried.apply(this, args.concat(more));
  };
}
const add3 = curry((a, b, c) => a + b + c);
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3));
const partial = (fn, ...preset) => (...later) => fn(...preset, ...later);
console.log(partial(Math.min, 5, 3)(4, 1));
