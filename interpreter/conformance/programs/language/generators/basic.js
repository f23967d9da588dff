function* count(n) { for (let i = 0; i < n; i++) yield i; return 'done'; }
const g = count(2);
console.log(g.next(), g.next(), g.next(), g.next());
console.log([...count(4)], Array.from(count(3)));
console.log(typeof g.next, g[Symbol.iterator]() === g, Object.prototype.toString.call(g));
console.log(g, count);
