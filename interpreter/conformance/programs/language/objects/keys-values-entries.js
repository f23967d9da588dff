const o = { a: 1, b: [2], c: { d: 3 } };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
console.log(Object.keys('str'), Object.values('ab'), Object.entries([7, 8]));
console.log(Object.keys([4, 5]), Object.keys({}), Object.entries(new Map([[1, 2]])));
console.log(Object.fromEntries([['x', 1], ['y', 2]]), Object.fromEntries(new Map([['m', true]])));
console.log(Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toUpperCase(), v])));
try { Object.keys(null); } catch (e) { console.log(e.message); }
