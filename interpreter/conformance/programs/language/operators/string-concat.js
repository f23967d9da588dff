// @runtimes node browser
console.log('a' + 1 + 2, 1 + 2 + 'a', 'x' + null + undefined + true);
console.log([] + [], [] + {}, [1, 2] + [3], ({}) + '', String({}));
console.log('5' + 3, '5' - 3, '5' * '2', true + 1, true + '1', null + 1, undefined + 1);
const obj = { valueOf() { return 42; }, toString() { return 'str'; } };
console.log(obj + 1, `${obj}`, obj + '', String(obj), obj * 2);
const sym = Symbol('s');
try { sym + ''; } catch (e) { console.log(e.message); }
try { `${sym}`; } catch (e) { console.log(e.message); }
console.log(String(sym), sym.toString());
