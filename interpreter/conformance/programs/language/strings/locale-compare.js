// @runtimes node browser
// localeCompare collates as ICU does (Node's default locale is en-US), not by code units: case
// and accents are secondary differences, and locales and options change the order.
const words = ['b', 'a', 'C', 'A', 'é', 'e', 'Z', 'z', 'ä', '10', '9', 'a-b', 'ab'];
console.log([...words].sort((x, y) => x.localeCompare(y)).join(' '));
console.log([...words].sort((x, y) => x.localeCompare(y, 'sv')).join(' '));
console.log([...words].sort((x, y) => x.localeCompare(y, undefined, { numeric: true })).join(' '));
console.log('a'.localeCompare('B'), 'B'.localeCompare('a'), 'a'.localeCompare('a'), 'a' < 'B');
console.log('a'.localeCompare('A', undefined, { sensitivity: 'base' }), 'a'.localeCompare('á', 'en', { sensitivity: 'accent' }));
console.log('a'.localeCompare('A', 'en', { caseFirst: 'upper' }), 'a b'.localeCompare('ab', undefined, { ignorePunctuation: true }));
console.log('ä'.localeCompare('z', 'de'), 'ä'.localeCompare('z', 'sv'), 'ä'.localeCompare('z', ['sv', 'de']), 'ä'.localeCompare('z', { length: 1, 0: 'sv' }));
console.log('undefined'.localeCompare(), 'a'.localeCompare('b', 5), 'a'.localeCompare('b', undefined, 5));
// Options are read as ECMA-402 reads them, in its order, getters and conversions included.
const read = [];
const options = {};
for (const name of ['ignorePunctuation', 'sensitivity', 'caseFirst', 'numeric', 'collation', 'localeMatcher', 'usage'])
  Object.defineProperty(options, name, { get: () => void read.push(name) });
'a'.localeCompare('b', undefined, options);
console.log(read.join(' '));
console.log('a'.localeCompare('A', undefined, { sensitivity: { toString: () => 'base' } }), '2'.localeCompare('10', undefined, { numeric: 'yes' }));
for (const [locales, opts] of [[[5], undefined], [null, undefined], [undefined, null], [undefined, { sensitivity: 'bad' }], [undefined, { usage: Symbol('u') }]]) {
  try {
    console.log('a'.localeCompare('b', locales, opts));
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
