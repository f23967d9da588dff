// @runtimes node browser
let s = 0;
a: {
  b: {
    s += 1;
    break b;
  }
  s += 10;
  if (s > 5) break a;
  s += 100;
}
console.log(s);
