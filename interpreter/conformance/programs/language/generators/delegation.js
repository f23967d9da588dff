function* inner() { const x = yield 'i1'; console.log('inner got', x); yield 'i2'; return 'inner result'; }
function* outer() {
  yield 'o1';
  const r = yield* inner();
  console.log('delegation returned', r);
  yield* [10, 20];
  yield* 'ab';
}
const it = outer();
let r;
while (!(r = it.next('sent')).done) console.log(r.value);
function* tree(t) { if (!t) return; yield* tree(t.left); yield t.v; yield* tree(t.right); }
console.log([...tree({ v: 2, left: { v: 1 }, right: { v: 3, right: { v: 4 } } })]);
