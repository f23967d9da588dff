const fs = [];
for (var i = 0; i < 3; i++) fs.push(() => i);
console.log(fs.map((f) => f()));
const gs = [];
for (let j = 0; j < 3; j++) gs.push(() => j);
console.log(gs.map((g) => g()));
const hs = [];
for (let k = 0; k < 3; k++) { hs.push(() => k); k++; }
console.log(hs.map((h) => h()));
const ms = [];
for (const x of ['a', 'b']) ms.push(() => x);
console.log(ms.map((m) => m()));
const ns = [];
for (const key in { p: 1, q: 2 }) ns.push(() => key);
console.log(ns.map((n) => n()));
