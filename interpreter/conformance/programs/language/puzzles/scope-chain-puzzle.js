// @runtimes node browser
let x = 'outer';
function show() { return x; }
function test() { let x = 'inner'; return show(); }
console.log(test());
function makeFns() {
  let v = 1;
  const get = () => v;
  v = 2;
  return get;
}
console.log(makeFns()());
const counter = (() => { let c = 0; return () => c++; })();
counter(); counter();
console.log(counter());
(function () {
  var a = b = 5;
})();
console.log(typeof a, typeof b, b);
