// @runtimes node browser
async function* g() {}
const it = g();
console.log(typeof it.next, typeof it.return, typeof it.throw);
console.log(it[Symbol.asyncIterator]() === it);
console.log(Object.prototype.toString.call(it));
const p = it.next();
console.log(p instanceof Promise);
