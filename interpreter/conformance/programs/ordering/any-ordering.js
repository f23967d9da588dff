// @runtimes node browser
Promise.any([
  Promise.reject(new Error('a')),
  new Promise((r) => setTimeout(() => r('b'), 100)),
  new Promise((r) => setTimeout(() => r('c'), 50)),
]).then((v) => console.log('any', v));
Promise.any([Promise.reject(new Error('x')), Promise.reject(new Error('y'))]).catch((e) => {
  console.log(e.constructor.name, e.message);
  console.log(e.errors.map((x) => x.message).join(','));
});
