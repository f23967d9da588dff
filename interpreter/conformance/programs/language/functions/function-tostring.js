// @runtimes node browser
function add(a, b) { return a + b; }
console.log(add.toString());
console.log(String((x) => x * 2));
class K { m() { return 1; } }
console.log(K.prototype.m.toString());
console.log(`${function () {}}`);
console.log(Math.max.toString());
