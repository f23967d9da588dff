// @runtimes node browser
const delay = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
async function sequential() {
  const a = await delay(20, 'a');
  const b = await delay(20, 'b');
  console.log('sequential', a, b);
}
async function parallel() {
  const [a, b] = await Promise.all([delay(20, 'a'), delay(20, 'b')]);
  console.log('parallel', a, b);
}
sequential();
parallel();
