let x = (1, 2, 3);
console.log(x);
for (let i = 0, j = 10; i < j; i += 3, j -= 3) console.log(i, j);
const grade = (s) => (s >= 90 ? 'A' : s >= 80 ? 'B' : s >= 70 ? 'C' : 'F');
console.log([95, 85, 72, 10].map(grade));
const f = () => (console.log('side effect'), 'value');
console.log(f());
