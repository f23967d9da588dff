// @runtimes node browser
console.log(Number.isInteger(5), Number.isInteger(5.5), Number.isInteger('5'), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1));
console.log(Number.isNaN(NaN), Number.isNaN('NaN'), isNaN('NaN'), isNaN('12'), Number.isFinite('12'), isFinite('12'), isFinite(Infinity));
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON > 0, Number.MAX_VALUE, Number.MIN_VALUE);
console.log(Number.parseFloat === parseFloat, Number.parseInt === parseInt, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
console.log(0.1 * 3, 0.7 + 0.1, 9007199254740993, 123e-20, 1e300 * 1e10, -1e300 * 1e10);
