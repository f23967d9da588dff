const name = 'World', n = 3;
console.log(`Hello ${name}! ${n} + ${n} = ${n + n}`);
console.log(`multi
line`, `nested ${`inner ${n * 2}`}`, `${[1, 2]}`, `${{}}`, `${null} ${undefined}`);
function tag(strings, ...values) { return strings.raw.map((s, i) => s + (i < values.length ? `[${values[i]}]` : '')).join(''); }
console.log(tag`a${1}b${2}c`, tag`\n${'x'}`);
function same(strings) { return strings; }
const first = (() => same`x`)();
console.log(first === (() => same`x`)(), Object.isFrozen(first), first.raw);
console.log(String.raw`C:\path\${name}`, `\u0041\x42\t|`);
