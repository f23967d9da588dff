// @runtimes node browser
const grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
let found = null;
search: for (const row of grid) {
  for (const cell of row) {
    if (cell % 2 === 0) continue;
    if (cell > 4) { found = cell; break search; }
  }
}
console.log(found);
let s = '';
for (let i = 0; i < 3; i++) {
  switch (i) {
    case 0: s += 'zero '; continue;
    case 1: s += 'one '; break;
  }
  s += `after${i} `;
}
console.log(s);
