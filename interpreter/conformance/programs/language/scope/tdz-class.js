// @runtimes node browser
try {
  new C();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class C {}
console.log(typeof C);
try {
  const D = class extends D {};
} catch (e) {
  console.log(e.message);
}
