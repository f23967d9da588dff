const s = 'The year 1999 and 2024, then 42.';
console.log(s.match(/\d+/), s.match(/\d+/g), s.match(/xyz/g), s.match(/xyz/));
console.log(s.replace(/\d+/g, (n) => n * 2), s.replace(/(\d+)/, '[$1]'), s.replace(/\d+/g, '<$&>'), 'aaa'.replace(/a/g, '$$'));
console.log(s.search(/\d/), s.search(/zzz/), 'a1b2c3'.split(/\d/), 'a, b,c ,d'.split(/\s*,\s*/), 'abc'.split(/(b)/), 'one  two'.split(/ +/, 1));
console.log([...'a1b22c333'.matchAll(/\d+/g)].map((x) => [x[0], x.index]));
console.log('x-y_z'.replaceAll(/[-_]/g, ' '), 'Hello'.replace(/l/g, 'L'), 'camelCaseString'.replace(/([A-Z])/g, ' $1').toLowerCase());
try { 'a'.replaceAll(/a/, 'b'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'a'.matchAll(/a/); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'abc'.includes(/b/); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log('1.5'.match('.'), 'a.b'.search('\\.'));
