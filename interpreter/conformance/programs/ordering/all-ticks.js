// @runtimes node browser
Promise.all([1, Promise.resolve(2)]).then((v) => console.log('all resolved', v.join('+')));
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'))
  .then(() => console.log('t4'));
