function draw({ x = 0, y = 0, color = 'black' } = {}) { return `${color}@${x},${y}`; }
console.log(draw(), draw({ x: 5 }), draw({ color: 'red', y: 2 }));
const sumPair = ([a, b] = [1, 1]) => a + b;
console.log(sumPair(), sumPair([3, 4]));
function opts({ a, b: { c } = { c: 'dc' } }) { return [a, c]; }
console.log(opts({ a: 1 }), opts({ a: 2, b: { c: 3 } }));
[[1, 'one'], [2, 'two']].forEach(([n, word]) => console.log(n, word));
try { draw(null); } catch (e) { console.log(e.name + ': ' + e.message); }
