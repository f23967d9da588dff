const ts = (v) => Object.prototype.toString.call(v);
console.log(ts(1), ts('s'), ts(true), ts(null), ts(undefined), ts([]), ts({}), ts(() => {}), ts(Symbol()), ts(1n));
console.log(ts(new Map()), ts(new Set()), ts(new Error()), ts(Promise.resolve()), ts(JSON), ts(Math), ts(function* () {}()));
class Tagged { get [Symbol.toStringTag]() { return 'Custom'; } }
console.log(ts(new Tagged()), String(new Tagged()), new Tagged());
console.log(`${{}}`, String([1, [2, 3]]), String(Object.create(null, { toString: { value: () => 'own' } })));
