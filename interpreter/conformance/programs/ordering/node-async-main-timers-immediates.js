// @runtimes node
async function main() {
  console.log('main');
  await null;
  setTimeout(() => console.log('timeout 50'), 50);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  await new Promise((r) => setTimeout(r, 100));
  console.log('after 100');
}
main().then(() => console.log('main done'));
