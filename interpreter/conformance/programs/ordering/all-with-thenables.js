// @runtimes node browser
const t1 = { then: (r) => r('t1') };
const t2 = {
  then(r) {
    console.log('t2.then');
    setTimeout(() => r('t2'), 5);
  },
};
Promise.all([t1, t2, 3]).then((v) => console.log(v.join(' ')));
Promise.resolve()
  .then(() => console.log('m1'))
  .then(() => console.log('m2'))
  .then(() => console.log('m3'));
