// @runtimes node browser
async function f() {
  return {
    then(r) {
      console.log('then of returned thenable');
      r('from thenable');
    },
  };
}
f().then((v) => console.log(v));
Promise.resolve()
  .then(() => console.log('tick1'))
  .then(() => console.log('tick2'))
  .then(() => console.log('tick3'));
