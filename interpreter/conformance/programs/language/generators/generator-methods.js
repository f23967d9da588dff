const obj = {
  *items() { yield 'a'; yield 'b'; },
  *[Symbol.iterator]() { yield* this.items(); yield 'c'; },
};
console.log([...obj.items()], [...obj]);
class Range {
  constructor(from, to) { this.from = from; this.to = to; }
  *[Symbol.iterator]() { for (let i = this.from; i <= this.to; i++) yield i; }
}
console.log([...new Range(3, 6)], Math.max(...new Range(1, 9)));
const gf = function* named() {};
console.log(gf.name, Object.getPrototypeOf(gf) === Object.getPrototypeOf(function* () {}));
try { new gf(); } catch (e) { console.log(e.message); }
