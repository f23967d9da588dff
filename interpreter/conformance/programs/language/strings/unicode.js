// @runtimes node browser
const s = 'héllo 😀 wörld';
console.log(s.length, [...s].length, s.split('').length, s.at(6).charCodeAt(0), s.codePointAt(6), String.fromCodePoint(128512));
console.log('abc' < 'abd', 'a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'));
console.log(String.fromCharCode(72, 105), 'é'.normalize('NFD').length, '\u00e9' === '\u0065\u0301'.normalize());
console.log('ß'.toUpperCase(), 'İ'.toLowerCase().length);
