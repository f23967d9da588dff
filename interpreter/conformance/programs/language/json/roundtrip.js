const original = { n: 1, s: 'x', arr: [1, 'two', { three: 3 }], nested: { deep: { deeper: [null] } }, bool: false };
const copy = JSON.parse(JSON.stringify(original));
console.log(copy, copy !== original, copy.nested.deep !== original.nested.deep);
const big = { when: 'not a date', big: 12345678901234567890, tiny: 1e-10, esc: 'line\nbreak "q"', uni: '\u00e9\ud83d\ude00' };
console.log(JSON.stringify(big));
console.log(JSON.parse(JSON.stringify(big)));
try { JSON.stringify({ b: 1n }); } catch (e) { console.log(e.name + ': ' + e.message); }
const circ = { name: 'c' };
circ.self = circ;
try { JSON.stringify(circ); } catch (e) { console.log(e.name + ': ' + e.message.split('\n')[0]); }
