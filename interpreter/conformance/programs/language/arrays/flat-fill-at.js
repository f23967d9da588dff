console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(2), [1, [2, [3, [4]]]].flat(Infinity), [1, , 3].flat());
console.log(['a b', 'c'].flatMap((s) => s.split(' ')), [1, 2].flatMap((x) => [x, [x * 10]]));
console.log(new Array(3).fill(0), [1, 2, 3, 4].fill('x', 1, 3), Array(3).fill().map((_, i) => i));
console.log([1, 2, 3].at(0), [1, 2, 3].at(-1), [1, 2, 3].at(5), [].at(0));
const shared = new Array(2).fill([]);
shared[0].push('same');
console.log(shared);
