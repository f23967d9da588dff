// @runtimes node browser
const source = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return {
      next() {
        i++;
        console.log('next called', i);
        return i <= 2 ? Promise.resolve({ value: i, done: false }) : Promise.resolve({ value: undefined, done: true });
      },
      return() {
        console.log('return called');
        return Promise.resolve({ done: true });
      },
    };
  },
};
(async () => {
  for await (const v of source) console.log('value', v);
  for await (const v of source) {
    console.log('break at', v);
    break;
  }
})();
