// @runtimes node browser
// Returned from a then handler, a native promise and a subclass instance both cost two extra ticks.
class Sub extends Promise {}
Promise.resolve()
  .then(() => Promise.resolve('native'))
  .then((v) => console.log('got', v));
Promise.resolve()
  .then(() => Sub.resolve('subclass'))
  .then((v) => console.log('got', v));
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'))
  .then(() => console.log('t4'));
