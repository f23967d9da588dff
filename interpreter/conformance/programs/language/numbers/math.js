// @runtimes node browser
console.log(Math.max(1, 5, 3), Math.min(), Math.max(), Math.max(1, NaN), Math.max(...[]), Math.min('2', 1));
console.log(Math.round(2.5), Math.round(-2.5), Math.round(-0.4), Math.floor(-1.5), Math.ceil(1.1), Math.trunc(-4.7), Math.sign(-3), Math.abs(-7.5));
console.log(Math.sqrt(16), Math.cbrt(27), Math.pow(2, 8), Math.hypot(3, 4), Math.log2(8), Math.log10(1000), Math.exp(0), Math.log(Math.E));
console.log(Math.PI, Math.E, Math.SQRT2, Math.sin(0), Math.cos(Math.PI), Math.atan2(1, 1), Math.fround(5.5), Math.clz32(1), Math.imul(3, 4));
const r = Math.random();
console.log(r >= 0 && r < 1, typeof Math.random());
console.log(Object.prototype.toString.call(Math), typeof Math, Math.floor === Math.floor);
