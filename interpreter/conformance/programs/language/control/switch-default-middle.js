// @runtimes node browser
function f(x) {
  const log = [];
  switch (x) {
    case log.push('test a') && 'a': log.push('A');
    default: log.push('D');
    case log.push('test b') && 'b': log.push('B'); break;
  }
  return log.join(',');
}
console.log(f('a'));
console.log(f('b'));
console.log(f('z'));
function g(x) { switch (x) { } return 'empty switch'; }
console.log(g(1));
