class Temp { constructor() { this.celsius = 20; } get fahrenheit() { return 68; } }
const t = new Temp();
Object.defineProperty(t, 'own', { get() { return 1; }, enumerable: true });
console.log(t, [t], { t });
const withSymbols = { regular: 1, [Symbol('a')]: 2, [Symbol.for('b')]: 3, [Symbol()]: 4 };
console.log(withSymbols);
console.log({ 'needs quotes': 1, valid_name: 2, $dollar: 3, '': 4, '123abc': 5, 'a-b': 6, __proto__: null });
console.log({ fn() {}, arrow: () => {}, async am() {}, *gen() {}, klass: class Named {} });
console.log([null, undefined], { u: undefined, n: null }, [[], {}], [{}, []]);
const inst = new (class Point { constructor() { this.x = 1; this.y = 2; } })();
const nested = { level1: { level2: { level3: { level4: inst } } } };
console.log(nested, [nested]);
console.log(Object.assign(Object.create(null), { x: 1 }), Object.assign(Object.create({}), { y: 2 }));
