// @runtimes node browser
const a = [1, 2, 3];
const b = [1, 2, 3];
const c = '1,2,3';
console.log(a == c, b == c, a == b, a === a);
console.log(0 == '0', 0 == [], '0' == [], null == 0, null >= 0, undefined == null, NaN == NaN);
console.log([] == [], [] == ![], {} == '[object Object]', '1' == [1], 1 == [[1]]);
const x = { valueOf() { return 1; } };
console.log(x == 1, x + x, x > 0);
