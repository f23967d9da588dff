const people = [{ n: 'a', age: 20 }, { n: 'b', age: 35 }, { n: 'c', age: 40 }];
console.log(people.find((p) => p.age > 30), people.findIndex((p) => p.age > 30), people.find((p) => p.age > 99), people.findIndex(() => false));
console.log(people.findLast((p) => p.age > 30), people.findLastIndex((p) => p.age < 30));
console.log(people.some((p) => p.age > 39), people.every((p) => p.age >= 20), [].some(() => true), [].every(() => false));
console.log([1, 2, 3].includes(2), [1, 2, 3].includes(2, 2), [1, 2, 1].indexOf(1, 1), [1, 2, 1].lastIndexOf(1), ['a'].indexOf('b'));
