// @runtimes node
async function main() {
  console.log('main start');
  await new Promise((r) => setImmediate(r));
  console.log('after immediate');
  await new Promise((r) => setTimeout(r, 20));
  console.log('after timeout');
  await new Promise((r) => process.nextTick(r));
  console.log('after nextTick');
}
main();
setImmediate(() => console.log('immediate sibling'));
