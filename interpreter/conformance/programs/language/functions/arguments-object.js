function f() {
  console.log(arguments.length, arguments[0], arguments[2]);
  console.log(Array.from(arguments));
  console.log(Array.prototype.slice.call(arguments, 1));
  console.log(typeof arguments, Array.isArray(arguments));
  return [...arguments];
}
console.log(f(1, 'two', [3]));
function g() { return arguments; }
console.log(g(1, 2));
console.log(Object.prototype.toString.call(g()));
const arrow = () => typeof arguments;
function outer() { return (() => arguments[0])(); }
console.log(outer('from outer'));
