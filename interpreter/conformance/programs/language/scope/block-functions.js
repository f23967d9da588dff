// @runtimes node browser
'use strict';
{
  function inBlock() { return 'block fn'; }
  console.log(inBlock());
}
console.log(typeof inBlock);
if (true) {
  function f() { return 1; }
  console.log(f());
}
