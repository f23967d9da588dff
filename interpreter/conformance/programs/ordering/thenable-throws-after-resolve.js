// @runtimes node browser
// Once a thenable has called resolve, a throw from its `then` is ignored; before that it rejects.
const resolvesThenThrows = {
  then(resolve) {
    resolve('resolved first');
    throw new Error('ignored');
  },
};
const throwsFirst = {
  then() {
    throw new Error('thrown first');
  },
};
Promise.resolve(resolvesThenThrows).then(
  (v) => console.log('fulfilled', v),
  (e) => console.log('rejected', e.message),
);
Promise.resolve(throwsFirst).then(
  (v) => console.log('fulfilled', v),
  (e) => console.log('rejected', e.message),
);
