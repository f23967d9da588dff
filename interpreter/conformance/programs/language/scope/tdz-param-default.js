function f(a = b, b = 2) { return [a, b]; }
try { f(); } catch (e) { console.log(e.name, e.message); }
console.log(f(1));
function g(a, b = a * 2, c = a + b) { return [a, b, c]; }
console.log(g(3), g(3, 1), g(1, undefined, 0));
