// @runtimes node browser
async function inner() {
  console.log('inner start');
  await null;
  console.log('inner end');
  return 'inner';
}
async function middle() {
  console.log('middle start');
  const v = await inner();
  console.log('middle got', v);
  return 'middle';
}
async function outer() {
  console.log('outer start');
  const v = await middle();
  console.log('outer got', v);
}
outer();
console.log('sync done');
