// @runtimes node browser
const obj = {
  get then() {
    console.log('then read');
    return undefined;
  },
};
Promise.resolve(obj).then((v) => console.log('fulfilled with the object', v === obj));
console.log('sync after resolve');
const throwing = {
  get then() {
    throw new Error('getter threw');
  },
};
Promise.resolve(throwing).catch((e) => console.log('rejected', e.message));
