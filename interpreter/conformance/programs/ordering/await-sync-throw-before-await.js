// @runtimes node browser
async function f() {
  console.log('f runs');
  throw new Error('sync throw');
}
const p = f();
console.log('f returned a promise', p instanceof Promise);
p.catch((e) => console.log('caught', e.message));
