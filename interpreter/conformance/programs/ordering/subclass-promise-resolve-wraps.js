// @runtimes node browser
// Sub.resolve(sub) returns it as is; Promise.resolve(sub) wraps it, through a thenable job: two more ticks.
class Sub extends Promise {}
const sub = Sub.resolve('sub');
console.log('Sub.resolve(sub) === sub', Sub.resolve(sub) === sub);
const wrapped = Promise.resolve(sub);
console.log('Promise.resolve(sub) === sub', wrapped === sub, wrapped instanceof Sub);
wrapped.then((v) => console.log('wrapped settles', v));
Promise.resolve(Promise.resolve('native')).then((v) => console.log('native settles', v));
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'));
