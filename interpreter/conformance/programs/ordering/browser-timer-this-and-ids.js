// @runtimes browser
const a = setTimeout(function () {
  console.log('this is window', this === window);
}, 0);
const b = setInterval(() => {}, 1000);
console.log('ids increase', b > a);
clearInterval(b);
