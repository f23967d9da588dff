function f(a, b) {
  arguments[1] = 'B';
  const beforeLength = arguments.length;
  arguments.length = 5;
  return [a, b, beforeLength, arguments.length, [...arguments].length];
}
console.log(f(1), f(1, 2));
function g(a) { a = 'changed'; return arguments[0]; }
console.log(g('orig'), g());
function h(a) { delete arguments[0]; arguments[0] = 'new'; return a; }
console.log(h('kept'));
function calleeName() { return arguments.callee.name; }
console.log(calleeName());
function strictCallee() { 'use strict'; try { return arguments.callee; } catch (e) { return e.constructor.name; } }
console.log(strictCallee());
const arrowArgs = function () { return (() => arguments.length)(); };
console.log(arrowArgs(1, 2, 3), Object.prototype.toString.call((function () { return arguments; })()));
