const fns = [];
for (let i = 0; i < 3; i++) { fns.push(() => i); i += 0; }
console.log(fns.map((f) => f()));
const later = [];
for (let i = 0; i < 3; i++) later.push(() => (i += 10));
console.log(later.map((f) => f()), later.map((f) => f()));
let x = 0;
const gs = [];
for (let i = 0; i < 2; i++, x += i) gs.push(() => [i, x]);
console.log(gs.map((g) => g()));
