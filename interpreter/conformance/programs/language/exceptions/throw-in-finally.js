// @runtimes node browser
function f() {
  try { throw new Error('original'); } finally { throw new Error('from finally'); }
}
try { f(); } catch (e) { console.log(e.message); }
function g() {
  try { return 'returned'; } finally { console.log('cleanup'); }
}
console.log(g());
