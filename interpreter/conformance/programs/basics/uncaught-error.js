console.log('before');
function fail() {
  throw new TypeError('boom');
}
setTimeout(() => console.log('never'), 10);
fail();
