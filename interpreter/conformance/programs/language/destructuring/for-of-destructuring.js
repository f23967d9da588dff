// @runtimes node browser
const people = [{ name: 'a', age: 1 }, { name: 'b', age: 2 }];
for (const { name, age } of people) console.log(name, age);
for (const [key, value] of Object.entries({ x: 1, y: 2 })) console.log(key, value);
for (const [i, v] of ['p', 'q'].entries()) console.log(i, v);
let k, v;
for ([k, v] of new Map([['m', 1]])) console.log(k, v);
