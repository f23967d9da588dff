// @runtimes node browser
function down(n) { return down(n + 1) + 1; }
try {
  down(0);
} catch (e) {
  console.log(e instanceof RangeError, e.name, e.message);
}
let depth = 0;
function measure() { depth++; measure(); }
try { measure(); } catch (e) { console.log('caught', depth > 500); }
console.log('still running');
