const a = [1, 2, 3];
a.length = 1;
console.log(a);
a.length = 4;
console.log(a, a[3], 3 in a);
const b = [];
b[5] = 'five';
console.log(b, b.length);
const c = [1, 2, 3];
delete c[0];
console.log(c, c.length, Object.keys(c));
const d = [, , 1];
d.forEach((x, i) => console.log('visit', i, x));
console.log(d.indexOf(undefined), d.includes(undefined), d.findIndex((x) => x === undefined));
try { a.length = -1; } catch (e) { console.log(e.name + ': ' + e.message); }
