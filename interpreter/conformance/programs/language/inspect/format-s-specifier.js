// %s prints functions by their source text, other primitives by String(), objects with their own conversion through it, and others inspected shallowly.
class K { constructor() { this.x = 1; } }
class T { toString() { return 'T!'; } }
class U extends T {}
const nullProto = Object.create(null);
nullProto.a = 1;
const values = [
  function fn() {}, function () { return 1; }, class C { m() {} }, () => 1, async function af() {}, function* g() {}, Math.max,
  Object.assign(function h() {}, { [Symbol.toPrimitive]() { return 'fn-prim'; } }),
  Symbol('s'), Symbol(), null, undefined, -0, 0, 5n, -5n, 1.5, NaN, true, 'str',
  { a: 1, b: { c: { d: 1 } } }, { toString() { return 'custom'; } }, new T(), new U(), new K(), nullProto,
  [1, [2, [3, [4]]]], /re/g, new Map([[1, { a: { b: 1 } }]]), new Set([1]),
  { [Symbol.toPrimitive]() { return 'prim'; } }, Object.create({ [Symbol.toPrimitive]() { return 'inherited'; } }),
  { [Symbol.toPrimitive]: 5, a: 1 }, { toString: 5, b: 2 }, Object.create({ toString() { return 'p'; } }),
  new Number(3), new String('ab'), Promise.resolve(1), [], {}, Object.assign([1], { toString() { return 'arr!'; } }),
];
for (const v of values) console.log('%s|', v);
console.log('%s and %s', function a() {}, () => {});
