console.log([] + [], [] + {}, [] == false, !![], [0] == false, '' == [], null == false, undefined == 0);
console.log(1 < 2 < 3, 3 > 2 > 1, '2' + '2' - '2', 'b' + 'a' + +'a' + 'a', [1, 2, 3] + [4, 5, 6]);
console.log(typeof typeof 1, typeof NaN, NaN !== NaN, 0.1 + 0.2 !== 0.3, Math.min() > Math.max());
console.log([10, 1, 3].sort(), ['10', '9', '1'].map(parseInt), [,,,].length, [] instanceof Object);
console.log(true + true + true === 3, true - true, '3' * '3', 'foo' + + 'bar', (![] + [])[+[]]);
console.log(null + 1, undefined + 1, [] * 2, [2] * [3], {} + [], ({}) * 2);
