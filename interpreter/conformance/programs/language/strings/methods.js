const s = 'Hello, World';
console.log(s.length, s.toUpperCase(), s.toLowerCase(), s.charAt(4), s[0], s.at(-1), s.charCodeAt(1), s.codePointAt(0));
console.log(s.indexOf('o'), s.lastIndexOf('o'), s.indexOf('z'), s.includes('World'), s.startsWith('Hell'), s.endsWith('!'), s.startsWith('World', 7));
console.log(s.slice(7), s.slice(-5, -1), s.substring(5, 0), s.substr(-5, 3), s.slice(3, 1), s.substring(3, 1));
console.log('  pad  '.trim() + '|', '  pad  '.trimStart() + '|', '  pad  '.trimEnd() + '|');
console.log('5'.padStart(3, '0'), 'abc'.padEnd(6, '12'), 'ab'.repeat(3), 'x'.padStart(1), ''.repeat(5) === '');
console.log('a,b,,c'.split(','), 'abc'.split(''), 'a b c'.split(' ', 2), 'abc'.split(), ''.split(','), ''.split(''));
console.log('aXbXc'.replace('X', '-'), 'aXbXc'.replaceAll('X', '-'), 'abc'.replace('b', (m) => m.toUpperCase()), 'x'.concat(1, 2));
console.log('abc'.replace('b', '[$&|$`|$\'|$$]'));
