// @runtimes node browser
let x = 1;
{
  let x = 2;
  console.log('inner', x);
  {
    const x = 3;
    console.log('innermost', x);
  }
}
console.log('outer', x);
if (true) { let y = 'if-block'; console.log(y); }
console.log(typeof y);
