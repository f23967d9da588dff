// @runtimes node browser
// A thenable whose then throws rejects Promise.all, a few ticks after a plain rejected promise would.
const throwing = {
  then() {
    throw new Error('thenable threw');
  },
};
Promise.all([1, throwing]).catch((e) => console.log('all with thenable:', e.message));
Promise.all([1, Promise.reject(new Error('promise rejected'))]).catch((e) =>
  console.log('all with promise:', e.message),
);
Promise.resolve()
  .then(() => console.log('m1'))
  .then(() => console.log('m2'))
  .then(() => console.log('m3'))
  .then(() => console.log('m4'));
