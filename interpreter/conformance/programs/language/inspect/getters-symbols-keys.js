const o = { get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {}, [Symbol('symkey')]: 'sv', [Symbol.iterator]: 1, 'a-b': 1, 'c d': 2, valid: 3, 123: 'num', 'ünïcode': 4, $x: 5, _y: 6 };
console.log(o);
const hidden = {};
Object.defineProperty(hidden, 'nonEnum', { value: 1 });
Object.defineProperty(hidden, 'en', { value: 2, enumerable: true });
console.log(hidden, Object.defineProperty([], 'x', { value: 1, enumerable: true }));
