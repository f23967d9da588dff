// @runtimes node browser
console.log(v);
var v = 1;
console.log(v);
function f() {
  console.log(inner);
  if (false) { var inner = 'never'; }
  for (var i = 0; i < 3; i++) {}
  console.log(i, inner);
}
f();
var v;
console.log(v);
