// @runtimes node browser
console.log(typeof null, typeof undefined, typeof undeclared, typeof [], typeof function () {}, typeof class {}, typeof new Number(1), typeof Number(1));
function f() { return typeof arguments; }
console.log(f(), typeof f(), typeof Symbol.iterator, typeof 1n, typeof NaN, typeof Infinity, typeof new Object() === 'x');
