console.log(Array.from('abc'), Array.from({ length: 3 }), Array.from({ length: 3 }, (_, i) => i * i));
console.log(Array.from(new Set([1, 1, 2])), Array.from(new Map([[1, 2]])), Array.from({ 0: 'a', 1: 'b', length: 2 }));
console.log(Array.of(7), Array.of(1, 2), Array(7).length, Array(1, 2), new Array('3'));
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray('[]'), Array.isArray(new Array()));
const range = (s, e) => Array.from({ length: e - s }, (_, i) => s + i);
console.log(range(5, 10));
