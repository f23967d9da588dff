// @runtimes node browser
const tries = [
  () => { const { a } = null; },
  () => { const { a } = undefined; },
  () => { const [a] = {}; },
  () => { const [a] = 5; },
  () => { const { a: { b } } = {}; },
  () => { let x; ({ x } = null); },
  () => { const [a] = undefined; },
  () => { const [a] = null; },
];
for (const t of tries) {
  try { t(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); }
}
