console.log(new Number(-0), new String('str'), new Boolean(true), Object(Symbol('w')), Object(10n));
const s = new String('ab');
s.extra = 1;
console.log(s, [new Number(1)]);
console.log(globalThis === global, typeof globalThis);
console.log([function () {}, () => {}], [[1, 2], [3, 4]], { a: [{}] });
console.log(Object.create(Array.prototype), Object.create(Map.prototype));
console.log([1, 2, 3].keys(), Object.entries({ a: 1 }));
