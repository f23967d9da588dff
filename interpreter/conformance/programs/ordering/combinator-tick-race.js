// @runtimes node browser
// Which combinator settles first when all inputs are already settled.
const inputs = () => [Promise.resolve(1), Promise.resolve(2)];
Promise.all(inputs()).then(() => console.log('all'));
Promise.allSettled(inputs()).then(() => console.log('allSettled'));
Promise.race(inputs()).then(() => console.log('race'));
Promise.any(inputs()).then(() => console.log('any'));
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'));
