// @runtimes node browser
var result = (function () {
  var secret = 42;
  return function () { return secret; };
})();
console.log(result());
const mod = (() => {
  let n = 0;
  function next() { return ++n; }
  return { next };
})();
mod.next();
console.log(mod.next());
!function () { console.log('bang iife'); }();
void function named() { console.log('void iife', typeof named); }();
