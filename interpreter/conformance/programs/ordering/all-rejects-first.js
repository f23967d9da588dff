// @runtimes node browser
const a = new Promise((_, rej) => setTimeout(() => rej(new Error('a failed')), 100));
const b = new Promise((r) => setTimeout(() => r('b'), 50));
const c = new Promise((_, rej) => setTimeout(() => rej(new Error('c failed')), 200));
Promise.all([a, b, c]).then(
  () => console.log('never'),
  (e) => console.log('all rejected with', e.message),
);
c.catch(() => console.log('c handled'));
setTimeout(() => console.log('done'), 300);
