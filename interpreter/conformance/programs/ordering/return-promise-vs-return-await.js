// @runtimes node browser
async function returnsPromise() {
  return Promise.resolve('plain return');
}
async function returnsAwait() {
  return await Promise.resolve('return await');
}
async function returnsValue() {
  return 'value';
}
returnsPromise().then(console.log);
returnsAwait().then(console.log);
returnsValue().then(console.log);
Promise.resolve()
  .then(() => console.log('tick1'))
  .then(() => console.log('tick2'))
  .then(() => console.log('tick3'))
  .then(() => console.log('tick4'));
