// @runtimes node browser
try {
  typeof c;
  let c;
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
console.log(typeof notDeclaredAnywhere);
{
  try { k = 5; } catch (e) { console.log(e.message); }
  let k;
  console.log(k);
}
