// @runtimes node
const handle = setTimeout(function () {
  console.log('this is the Timeout', this === handle);
}, 10);
const immediate = setImmediate(function () {
  console.log('this is the Immediate', this === immediate);
});
