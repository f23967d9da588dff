console.log([10, 1, 5, 100, 25].sort(), [10, 1, 5, 100, 25].sort((a, b) => a - b), [3, 1, 2].sort((a, b) => b - a));
console.log(['banana', 'apple', 'Cherry', 'apple2'].sort());
const people = [{ n: 'b', a: 30 }, { n: 'a', a: 30 }, { n: 'c', a: 25 }, { n: 'd', a: 30 }];
console.log(people.sort((x, y) => x.a - y.a).map((p) => p.n).join(''));
console.log([undefined, 3, , 1, null, 2].sort());
const orig = [3, 1, 2];
console.log(orig.toSorted(), orig, orig.toReversed(), orig.with(0, 9));
console.log([5, 1, 4].sort(() => 0), ['b', undefined, 'a'].sort((x, y) => (x < y ? -1 : 1)));
console.log([1, 2, 3].reverse(), [true, false].sort());
