// @runtimes node browser
const t = {
  then(onFulfilled) {
    console.log('then called');
    setTimeout(() => onFulfilled('later'), 50);
  },
};
(async () => {
  console.log('awaiting');
  console.log('got', await t);
})();
setTimeout(() => console.log('timer 2'), 150);
