Object.prototype.then = function (resolve) {
  console.log('Object.prototype.then called');
  delete Object.prototype.then;
  resolve('from thenable');
};
const p = Promise.resolve({ plain: true });
p.then((v) => console.log('resolved with', v));
(async () => {
  const v = await 42;
  console.log('await primitive', v);
})();
console.log('sync', {});
