// @runtimes node browser
// Sloppy block functions get a var of their name (Annex B) unless a let, const or class of that
// name encloses them; `if (x) function f() {}` runs as if in a block.
let f = 1;
{ function f() {} }
console.log(f);
function g() {
  { function h() { return 'h'; } }
  const k = 2;
  { function k() {} }
  for (let m of [1]) { function m() {} }
  { let n = 1; { function n() {} } }
  return [typeof h, k, typeof m, typeof n];
}
console.log(String(g()));
if (true) function q() { return 'q'; }
console.log(typeof q);
switch (1) { case 1: function r() {} }
console.log(typeof r);
try { throw 0; } catch (e) { function s() {} }
console.log(typeof s);
