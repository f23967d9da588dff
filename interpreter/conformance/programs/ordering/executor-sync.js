// @runtimes node browser
console.log('before');
const p = new Promise((resolve) => {
  console.log('executor runs synchronously');
  resolve('done');
  console.log('after resolve, still in executor');
});
p.then((v) => console.log('then', v));
console.log('after');
