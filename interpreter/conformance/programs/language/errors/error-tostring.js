// @runtimes node browser
console.log(Error.prototype.toString.call({ name: 'N', message: 'M' }), Error.prototype.toString.call({}), Error.prototype.toString.call({ name: '', message: 'only msg' }), Error.prototype.toString.call({ message: 'm' }));
const e = new Error('x');
e.name = 'Renamed';
console.log(String(e), e.stack.split('\n')[0]);
e.message = 'changed';
console.log(`${e}`);
console.log(String(new TypeError()), String(new Error(undefined)), String(new Error(null)), String(new Error(42)));
