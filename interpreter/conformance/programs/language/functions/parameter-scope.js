// @runtimes node browser
// Parameters with defaults or patterns have a scope of their own: a closure made by a default sees
// the parameters and the outer scope, never the body's declarations; a var named as a parameter
// starts with its value.
let x = 'outer';
function f(a = () => x) { let x = 'inner'; return a(); }
function g(a = () => x) { var x = 'inner'; return [a(), x]; }
function f3(a, b = () => a) { var a = 'body'; return [a, b()]; }
function f4(a, b = () => a) { var a; return [a, b()]; }
function f5(a = () => typeof inner) { function inner() {} return a(); }
function f6({ p } = { p: 1 }, q = p + 1) { var p = 10; return [p, q]; }
const arrow = (a = () => x, ...rest) => { const x = 'arrow'; return [a(), rest.length]; };
function* gen(a = () => x) { let x = 'gen'; yield a(); }
async function af(a = () => x) { let x = 'async'; await null; return a(); }
console.log(JSON.stringify([f(), g(), f3('param'), f4('param'), f5(), f6(), arrow(undefined, 1, 2), [...gen()]]));
af().then(console.log);
function sloppyArgs(a = 1) { arguments[0] = 9; return [a, arguments.length]; }
console.log(String(sloppyArgs(5)));
