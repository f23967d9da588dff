// @runtimes node browser
const re = /o/g;
console.log(re.lastIndex, re.test('foo'), re.lastIndex, re.test('foo'), re.lastIndex, re.test('foo'), re.lastIndex);
const words = /\w+/g;
let m;
while ((m = words.exec('hello big world')) !== null) console.log(m[0], m.index, words.lastIndex);
const sticky = /a/y;
console.log(sticky.test('ba'), sticky.lastIndex);
sticky.lastIndex = 1;
console.log(sticky.test('ba'), sticky.lastIndex);
