const re = /(\d+)-(\d+)/;
console.log(re.test('10-20'), re.test('x'), re.source, re.flags, re.global, String(re), re);
const m = re.exec('range 10-20 here');
console.log(m, m.index, m[1], m.input, m.groups);
console.log(/a/gi.flags, new RegExp('a+', 'g').source, new RegExp('/path/').source, RegExp('x') instanceof RegExp, new RegExp(/ab/g, 'i').flags);
console.log(typeof /x/, Object.prototype.toString.call(/x/), /x/ instanceof RegExp, /[/]/.source, new RegExp('').source, String(new RegExp('\n')));
try { new RegExp('('); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new RegExp('a', 'gg'); } catch (e) { console.log(e.name + ': ' + e.message); }
/(\w+)@(\w+)\.com/.test('mail ann@site.com now');
console.log(RegExp.$1, RegExp.$2, RegExp.lastMatch, RegExp['$`'], RegExp.input === 'mail ann@site.com now');
'x'.replace(/y/, 'z');
console.log(RegExp.$1, RegExp.lastParen);
