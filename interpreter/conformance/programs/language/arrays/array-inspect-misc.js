const a = [1, 2, 3];
a.extra = 'prop';
a[-1] = 'neg';
console.log(a, a.length);
console.log([undefined, null, NaN, -0, 0, 1e21, 1e-7, 'str', true]);
console.log([[]], [{}], [[[]]], [[1, [2, [3, [4]]]]]);
console.log(new Array(5), [1, , , 4, , ], [, 'a']);
