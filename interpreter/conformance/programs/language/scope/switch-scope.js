// @runtimes node browser
function f(x) {
  switch (x) {
    case 1: {
      let y = 'one';
      return y;
    }
    case 2:
      let z = 'two';
      return z;
    default:
      try { return z; } catch (e) { return e.name; }
  }
}
console.log(f(1), f(2), f(3));
