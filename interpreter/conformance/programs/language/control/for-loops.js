let out = [];
for (let i = 0; i < 5; i++) { if (i === 1) continue; if (i === 4) break; out.push(i); }
console.log(out);
let j = 0;
for (;;) { if (++j > 3) break; }
console.log(j);
for (var k = 10; k > 0; k -= 4);
console.log(k);
let n = 0;
while (n < 3) n++;
console.log(n);
do { n--; } while (n > 10);
console.log(n);
let m = 0;
do m++; while (m < 5)
console.log(m);
