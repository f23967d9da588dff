// @runtimes node browser
function* resource() {
  console.log('open');
  try { yield 1; yield 2; yield 3; } finally { console.log('close'); }
}
for (const x of resource()) { console.log('got', x); if (x === 2) break; }
try { for (const x of resource()) { console.log('got', x); throw new Error('boom'); } } catch (e) { console.log('caught', e.message); }
function f() { for (const x of resource()) { return x; } }
console.log('returned', f());
for (const x of resource()) { console.log('full', x); }
