// @runtimes node browser
// Only canonical numeric strings below 2^32 - 1 are array indices: '1.0', '01', '-0', ' 1' are plain keys.
const a = [];
for (const key of ['1.0', '1e0', '01', '-0', '+1', ' 1', '1 ', '0x1', '', '4294967295']) a[key] = key;
console.log(a.length, JSON.stringify(Object.keys(a)));
a['2'] = 'two';
console.log(a.length, JSON.stringify(Object.keys(a)), a[2] === a['2'], a[1] === undefined);
const b = [1];
b['0.0'] = 'x';
console.log(b.length, b[0], b['0.0'], JSON.stringify(b), Object.keys(b).join());
console.log(Object.keys({ '1.0': 1, 1: 2, b: 3, '01': 4, 0: 5, 4294967295: 6, 4294967294: 7 }).join());
console.log(Object.keys({ b: 1, 4294967296: 2, 5: 3, '-1': 4, '05': 5 }).join());
const s = 'abc';
console.log(s['1'], s['1.0'], s['01'], s[' 1'], '1.0' in Object(s), '1' in Object(s));
const arr = [10, 20, 30];
console.log(arr['01'], arr['1e0'], arr['+1'], arr[1.0], arr['1']);
delete arr['1.0'];
console.log(arr.length, arr.join());
