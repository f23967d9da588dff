// @runtimes node browser
const bad = {
  then() {
    throw new Error('then threw');
  },
};
Promise.resolve(bad).catch((e) => console.log('rejected with', e.message));
const resolvedThenThrew = {
  then(r) {
    r('first wins');
    throw new Error('ignored');
  },
};
Promise.resolve(resolvedThenThrew).then((v) => console.log('fulfilled with', v));
