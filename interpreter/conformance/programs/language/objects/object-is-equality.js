console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is('a', 'a'), Object.is({}, {}));
console.log([NaN].includes(NaN), [NaN].indexOf(NaN), [-0].includes(0), new Set([0, -0, NaN, NaN]).size);
const m = new Map([[-0, 'zero']]);
console.log(m.get(0), [...m.keys()]);
