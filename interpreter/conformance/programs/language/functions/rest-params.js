function sum(...nums) { return nums.reduce((a, b) => a + b, 0); }
console.log(sum(), sum(1), sum(1, 2, 3));
function first(a, ...rest) { return [a, rest, Array.isArray(rest)]; }
console.log(first(1, 2, 3), first());
const f = (...[x, y]) => x + y;
console.log(f(2, 3), f.length, sum.length);
