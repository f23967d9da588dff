// @runtimes node browser
try {
  console.log(a);
  let a = 1;
} catch (e) {
  console.log(e.name, e.message);
}
function f() { return b; }
try { f(); } catch (e) { console.log(e.constructor.name, e.message); }
let b = 2;
console.log(f());
