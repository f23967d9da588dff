function mapped(a, b) { arguments[0] = 'changed'; b = 'b changed'; return [a, arguments[1]]; }
console.log(mapped('a', 'b'));
function unmapped(a) { 'use strict'; arguments[0] = 'changed'; return a; }
console.log(unmapped('orig'));
function withDefaults(a = 1) { arguments[0] = 'changed'; return a; }
console.log(withDefaults('orig'));
function len() { return arguments.length; }
console.log(len(), len(undefined), len(1, 2, 3));
