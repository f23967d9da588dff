function* g() {
  try {
    yield 1;
    yield 2;
  } catch (e) {
    console.log('caught inside', e);
    yield 'recovered';
  } finally {
    console.log('finally');
  }
  yield 'after';
}
const a = g();
console.log(a.next(), a.throw('err'), a.next(), a.next(), a.next());
const b = g();
console.log(b.next(), b.return('early'), b.next());
const c = g();
try { c.throw(new Error('before start')); } catch (e) { console.log('thrown out:', e.message); }
console.log(c.next());
function* h() { try { yield 1; } finally { yield 'cleanup'; console.log('after cleanup'); } }
const d = h();
console.log(d.next(), d.return('r'), d.next(), d.next());
