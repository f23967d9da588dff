// @runtimes node browser
// Array.of and Array.from make their result with `this` when it is a constructor: a subclass
// gets its own instances, constructed before the elements are read (with the length, for
// Array.of and an array-like), and the elements are defined, not set. map, filter, slice,
// concat, splice, flat and flatMap make the subclass through its species, flat before it reads.
class MyArr extends Array {}
const describe = (x) => `${x.constructor.name}(${x.length}) ${JSON.stringify(x)}`;
console.log(describe(MyArr.of(1)), describe(MyArr.of(1, 2, 3)), describe(MyArr.of()), MyArr.of(7) instanceof MyArr);
console.log(describe(MyArr.from([1, 2])), describe(MyArr.from({ length: 2 }, (_, i) => i * 10)), describe(MyArr.from('ab')));
const m = MyArr.from([1, 2, 3]);
for (const made of [m.map((x) => x * 2), m.filter((x) => x > 1), m.slice(1), m.concat([4]), m.splice(0, 1), MyArr.of([1, [2]]).flat(), m.flatMap((x) => [x, x])])
  console.log(describe(made));
class Logged extends Array {
  constructor(...args) {
    console.log('construct', JSON.stringify(args));
    super(...args);
  }
}
console.log(describe(Logged.of(1, 2)));
console.log(describe(Logged.from([5, 6], (x) => (console.log('map', x), x))));
console.log(describe(Logged.from({ length: 2, 0: 'a', 1: 'b' })));
console.log(describe(Logged.from([1]).flatMap((x) => (console.log('flatMap', x), [x]))));
// Any constructor serves, and a plain function that is no constructor gives an Array.
function Plain() {
  this.made = true;
}
const p = Array.of.call(Plain, 'a', 'b');
console.log(p instanceof Plain, p.made, p.length, p[1], Array.isArray(p));
const o = Array.from.call(Object, { length: 1, 0: 'x' });
console.log(typeof o, Array.isArray(o), o.length, o[0]);
console.log(describe(Array.of.call(undefined, 1)), describe(Array.of.call(() => {}, 1)), describe(Array.from.call(Math.max, [2])));
const frozen = function () {
  return Object.freeze({});
};
for (const make of [() => Array.of.call(frozen, 1), () => Array.from.call(frozen, [1]), () => MyArr.from([1]).map.call(Object.assign([1], { constructor: { [Symbol.species]: frozen } }), (x) => x)]) {
  try {
    make();
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
// A throwing map function closes the iterator Array.from was reading.
const iterable = {
  [Symbol.iterator]: () => ({ next: () => ({ value: 1, done: false }), return: () => (console.log('closed'), {}) }),
};
try {
  Array.from(iterable, () => {
    throw new Error('boom');
  });
} catch (e) {
  console.log(e.message);
}
