function* inner() {
  try { yield 1; yield 2; } finally { console.log('inner finally'); }
}
function* outer() {
  try { yield* inner(); } finally { console.log('outer finally'); }
}
const a = outer();
console.log(a.next(), a.return('bye'), a.next());
function* catcher() { try { yield 'x'; } catch (e) { console.log('inner caught', e); yield 'handled'; } }
function* wrap() { yield* catcher(); yield 'wrap end'; }
const b = wrap();
console.log(b.next(), b.throw('boom'), b.next(), b.next());
