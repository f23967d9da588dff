// @runtimes node browser
setTimeout((a, b, c) => console.log('args', a, b, c), 5, 'x', 2, true);
setTimeout(function () {
  console.log('arguments length', arguments.length);
}, 10, 1, 2, 3, 4);
