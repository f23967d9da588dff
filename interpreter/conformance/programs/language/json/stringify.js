// @runtimes node browser
console.log(JSON.stringify({ a: 1, b: 'two', c: [true, null], d: { e: undefined, f: () => {} } }));
console.log(JSON.stringify([undefined, () => {}, Symbol('s'), NaN, Infinity, -0]));
console.log(JSON.stringify('str'), JSON.stringify(42), JSON.stringify(null), JSON.stringify(undefined), JSON.stringify(() => {}));
console.log(JSON.stringify({ a: [1, { b: 2 }] }, null, 2));
console.log(JSON.stringify({ a: 1, b: [1, 2] }, null, '--'));
console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3, d: 4 } }, ['a', 'c']));
console.log(JSON.stringify({ a: 1, b: 'x' }, (k, v) => (typeof v === 'number' ? v * 10 : v)));
console.log(JSON.stringify({ toJSON() { return { custom: true }; } }), JSON.stringify({ nested: { toJSON(key) { return 'key=' + key; } } }));
console.log(JSON.stringify([]), JSON.stringify({}), JSON.stringify([[]], null, 2), JSON.stringify({ a: {} }, null, 2));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(new Number(3)), JSON.stringify(new String('s')), JSON.stringify(Object.create({ inherited: 1 })));
