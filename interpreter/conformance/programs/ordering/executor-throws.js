// @runtimes node browser
const p = new Promise(() => {
  throw new Error('executor threw');
});
p.catch((e) => console.log('caught', e.message));
const q = new Promise((resolve) => {
  resolve('first');
  throw new Error('ignored after resolve');
});
q.then((v) => console.log('q', v));
