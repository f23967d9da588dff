function inner() { return new Error('deep').stack; }
function middle() { return inner(); }
function outer() { return middle(); }
const lines = outer().split('\n');
console.log(lines[0], lines.length >= 4);
console.log(lines.slice(1, 4).map((l) => l.trim().split(' ')[1]));
class K { method() { return new Error('m').stack.split('\n')[1].trim().split(' ')[1]; } static s() { return new Error().stack.split('\n')[1].trim().split(' ')[1]; } }
console.log(new K().method(), K.s());
const arrow = () => new Error().stack.split('\n')[1].trim().split(' ')[1];
console.log(arrow());
const obj = { m() { return new Error().stack.split('\n')[1].trim().split(' ')[1]; } };
console.log(obj.m());
