// @runtimes node browser
function greet(name = 'world', punct = '!') { return `hello ${name}${punct}`; }
console.log(greet(), greet('you'), greet(undefined, '?'), greet(null));
let calls = 0;
function side(x = ++calls) { return x; }
side(); side(5); side();
console.log(calls);
console.log(greet.length, side.length, ((a, b = 1, c) => 0).length);
