// @runtimes node browser
const deep = {
  then(r) {
    console.log('outer then');
    r({
      then(r2) {
        console.log('inner then');
        r2('deep value');
      },
    });
  },
};
Promise.resolve(deep).then((v) => console.log(v));
let n = 0;
const count = () => {
  if (n++ < 6) {
    console.log('tick', n);
    Promise.resolve().then(count);
  }
};
count();
