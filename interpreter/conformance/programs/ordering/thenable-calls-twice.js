// @runtimes node browser
const t = {
  then(res, rej) {
    res('one');
    res('two');
    rej(new Error('three'));
  },
};
new Promise((r) => r(t)).then(
  (v) => console.log('fulfilled', v),
  (e) => console.log('rejected', e.message),
);
