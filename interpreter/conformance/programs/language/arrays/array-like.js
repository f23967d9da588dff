const arrayLike = { 0: 'a', 1: 'b', length: 2 };
console.log(Array.prototype.map.call(arrayLike, (x) => x.toUpperCase()));
console.log(Array.prototype.join.call(arrayLike, '+'), Array.prototype.includes.call('abc', 'b'));
Array.prototype.push.call(arrayLike, 'c');
console.log(arrayLike);
console.log(Array.prototype.slice.call('hello', 1, 3), [].concat.call(1, 2));
