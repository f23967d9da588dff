// @runtimes node browser
var a = 1;
function b() {
  a = 10;
  return;
  function a() {}
}
b();
console.log(a);
var foo = 1;
function bar() {
  if (!foo) { var foo = 10; }
  return foo;
}
console.log(bar());
console.log(typeof fnExpr, typeof fnDecl);
var fnExpr = function () {};
function fnDecl() {}
