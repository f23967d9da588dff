function raw(strings, ...values) { return { cooked: strings, raw: strings.raw, values }; }
console.log(raw`a${1}b\n${'c'}\u0041`);
const bad = raw`\unicode and \xZZ`;
console.log(bad.cooked, bad.raw);
const calls = [];
function cache(s) { calls.push(s); return s; }
for (let i = 0; i < 2; i++) cache`same site`;
cache`same site`;
console.log(calls[0] === calls[1], calls[0] === calls[2], Object.isFrozen(calls[0].raw));
const member = { tag(s, v) { return this.name + s.join('|') + v; }, name: 'obj:' };
console.log(member.tag`x${42}y`, member['tag']`z${0}`);
console.log(String.raw`\n${1 + 1}\t`, String.raw({ raw: ['a', 'b', 'c'] }, 1, 2, 3));
