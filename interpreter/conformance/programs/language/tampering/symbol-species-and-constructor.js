class MyPromise extends Promise {}
const p = MyPromise.resolve(1);
console.log(p instanceof MyPromise, p.then(() => {}) instanceof MyPromise);
Array.prototype.constructor = function Fake() {};
console.log([1, 2].map((x) => x));
Object.defineProperty(Array, Symbol.species, { get() { return undefined; } });
console.log([1, 2].filter(Boolean), [].concat([1]));
