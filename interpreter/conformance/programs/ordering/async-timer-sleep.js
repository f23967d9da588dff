// @runtimes node browser
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function a() {
  console.log('a start');
  await sleep(20);
  console.log('a after 20');
}
async function b() {
  console.log('b start');
  await sleep(10);
  console.log('b after 10');
  await sleep(20);
  console.log('b after 30');
}
a();
b();
