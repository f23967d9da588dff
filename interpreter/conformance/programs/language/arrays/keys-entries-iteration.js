const letters = ['a', 'b', 'c'];
for (const [i, l] of letters.entries()) console.log(i, l);
console.log([...letters.keys()].map((k) => k * 2));
const sparse = [, 'x'];
console.log([...sparse.keys()], [...sparse.entries()], Object.keys(sparse));
