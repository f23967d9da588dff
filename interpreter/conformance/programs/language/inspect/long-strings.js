const long = 'This is a rather long string that will certainly exceed the line width of eighty columns.';
console.log([long]);
console.log({ key: long });
console.log({ multi: 'first line is long enough to break\nsecond line\nthird' });
console.log(['short\nwith newline']);
console.log({ a: 'x'.repeat(70), b: 'y' });
console.log([['nested', 'x'.repeat(75)]]);
console.log('x'.repeat(20000).length, ['y'.repeat(10005)].toString().length);
console.log(['z'.repeat(10010)].map((s) => s.length), { s: 'a'.repeat(10001) }.s.length);
