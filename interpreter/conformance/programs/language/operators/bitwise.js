// @runtimes node browser
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, 1 << 31, 1 << 32, -16 >> 2, -16 >>> 28, 2 ** 32 | 0, 3.7 | 0, -3.7 | 0, ~~'12');
console.log(0xff, 0o17, 0b1011, 1e21 | 0, NaN | 0, 255 .toString(2));
let x = 6;
x &= 3; console.log(x);
x |= 8; console.log(x);
x ^= 1; console.log(x);
x <<= 2; console.log(x);
x >>= 1; console.log(x);
x >>>= 1; console.log(x);
