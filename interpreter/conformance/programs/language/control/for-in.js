const proto = { inherited: 1 };
const o = Object.create(proto);
o.b = 2; o.a = 1; o[2] = 'two'; o[1] = 'one';
Object.defineProperty(o, 'hidden', { value: 'h', enumerable: false });
const keys = [];
for (const k in o) keys.push(k);
console.log(keys);
for (const i in ['x', 'y']) console.log(typeof i, i);
for (const c in 'ab') console.log(c);
for (const k in null) console.log('never');
const del = { a: 1, b: 2, c: 3 };
for (const k in del) { delete del.b; console.log('visit', k); }
