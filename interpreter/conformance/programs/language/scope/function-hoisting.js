// @runtimes node browser
console.log(hoisted());
function hoisted() { return 'hoisted!'; }
console.log(typeof expr);
var expr = function () { return 'expr'; };
console.log(expr());
try { notYet(); } catch (e) { console.log(e.name, e.message); }
var notYet = () => 1;
function dup() { return 1; }
function dup() { return 2; }
console.log(dup());
