// @runtimes node browser
function sloppy() { return this === globalThis; }
function strict() { 'use strict'; return this; }
console.log(sloppy(), strict());
function strictOuter() {
  'use strict';
  const inner = function () { return this; };
  return inner();
}
console.log(strictOuter());
function assign() { 'use strict'; try { notDeclared = 1; } catch (e) { return e.message; } }
console.log(assign());
function sloppyAssign() { notDeclared2 = 1; return notDeclared2; }
console.log(sloppyAssign());
