const prim = 'abc';
const obj = new String('abc');
console.log(typeof prim, typeof obj, prim == obj, prim === obj, obj.length, obj[1], obj);
console.log(typeof String(5), String(null), String(undefined), String([1, [2]]), String({}), String(Symbol('d')));
console.log(Object('s') instanceof String, 'abc'.constructor === String, obj.valueOf() === prim);
console.log([...obj], Object.keys(obj), JSON.stringify(obj));
