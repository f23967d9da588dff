// @runtimes node browser
console.log(typeof early);
if (true) {
  function early() { return 'defined in block'; }
}
console.log(typeof early, early());
function outer() {
  console.log(typeof inner);
  {
    function inner() { return 1; }
  }
  return typeof inner;
}
console.log(outer());
switch (1) {
  case 1:
    function inSwitch() { return 'switch fn'; }
}
console.log(inSwitch());
try { throw 0; } catch { function inCatch() { return 'catch fn'; } }
console.log(inCatch());
