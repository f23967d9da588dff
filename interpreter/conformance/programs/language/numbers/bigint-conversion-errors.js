// @runtimes node browser
// BigInt() throws TypeError for undefined, null and symbols, SyntaxError for unparsable strings, RangeError for non-integers.
const show = (f) => {
  try {
    const v = f();
    return `${typeof v} ${String(v)}`;
  } catch (e) {
    return `${e.constructor.name}: ${e.message}`;
  }
};
for (const v of [undefined, null, Symbol('s'), Symbol(), {}, [], [7], '1.5', 'x', '', ' 12 ', '0x1f', 1.5, NaN, -Infinity, true, false, { valueOf() { return 3; } }, { [Symbol.toPrimitive]() { return Symbol('p'); } }]) {
  console.log(show(() => BigInt(v)));
}
for (const v of [undefined, null, Symbol('t'), '9', 9, true]) {
  console.log(show(() => BigInt.asIntN(8, v)), '|', show(() => BigInt.asUintN(8, v)));
}
console.log(show(() => BigInt()), show(() => new BigInt(1)));
