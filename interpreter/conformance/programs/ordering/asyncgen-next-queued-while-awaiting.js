// @runtimes node browser
// next() called while the generator is awaiting is queued: it resumes the body only after the previous request settles.
async function* producer() {
  console.log('body: start');
  await new Promise((resolve) => setTimeout(resolve, 50));
  console.log('body: yield 1');
  yield 1;
  console.log('body: resumed for the second next');
  yield 2;
}
const it = producer();
it.next().then((r) => console.log('first next', r.value));
console.log('second next called while the body awaits');
it.next().then((r) => console.log('second next', r.value));
it.next().then((r) => console.log('third next', r.value, r.done));
