// @runtimes node browser
Promise.resolve()
  .then(() => ({
    then(res) {
      console.log('thenable.then');
      res('t');
    },
  }))
  .then((v) => console.log('got', v));
Promise.resolve()
  .then(() => console.log('c1'))
  .then(() => console.log('c2'))
  .then(() => console.log('c3'));
