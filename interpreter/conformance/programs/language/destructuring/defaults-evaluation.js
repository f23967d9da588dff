// @runtimes node browser
let count = 0;
const next = () => ++count;
const { a = next(), b = next() } = { a: 'given' };
console.log(a, b, count);
const [x = next(), y = next()] = [undefined, null];
console.log(x, y, count);
const { f = function () {}, g = () => {}, h = class {} } = {};
console.log(f.name, g.name, h.name);
