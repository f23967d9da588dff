// @runtimes node browser
outer: for (let i = 0; i < 3; i++) {
  inner: for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log(i, j);
  }
}
block: {
  console.log('in block');
  if (true) break block;
  console.log('skipped');
}
console.log('after block');
let n = 0;
loop: while (true) { do { n++; if (n > 5) break loop; } while (n % 2); console.log('n', n); }
a: b: for (const x of [1, 2]) { if (x === 1) continue a; console.log('x', x); break b; }
