// @runtimes node
process.nextTick((a, b) => console.log('args', a, b), 'x', 42);
process.nextTick(function () {
  console.log('arguments', arguments.length);
}, 1, 2, 3);
