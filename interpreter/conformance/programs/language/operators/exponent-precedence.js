// @runtimes node browser
console.log(-(2 ** 2), (-2) ** 2, 2 ** -2, 3 * 2 ** 2, 2 ** 2 * 3);
let a = 3;
a **= 2;
console.log(a, 0 ** 0, NaN ** 0, 1 ** Infinity);
console.log(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 10 - 2 - 3, 2 * 3 % 4, !true === false, typeof 1 + 1);
