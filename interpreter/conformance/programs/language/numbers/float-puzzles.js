// @runtimes node browser
console.log(0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON);
console.log(9007199254740992 === 9007199254740993, 0.1 * 0.2, 1.1 * 3, 4.35 * 100, 1.005 * 1000);
console.log(3 / 0 === Infinity, -3 / 0, 0 / 0, Infinity - Infinity, Infinity * 0, typeof NaN);
console.log([0.1, 0.2, 0.3].reduce((a, b) => a + b), 123.456e5, 0xff + 0b11);
console.log(Math.max() < Math.min(), 5 / 2 | 0, ~~-5.5, Math.round(1.4999999999999999));
