const m = new Map([['b', 1], ['a', 2]]);
m.set('c', 3);
m.delete('b');
m.set('b', 4);
console.log([...m.keys()]);
const s = new Set([3, 1, 2]);
for (const v of s) { if (v === 3) { s.delete(1); s.add(5); } console.log('visit', v); }
const m2 = new Map([[1, 'a']]);
let n = 0;
for (const [k] of m2) { if (n++ < 3) m2.set(k + 1, 'x'); }
console.log([...m2.keys()]);
