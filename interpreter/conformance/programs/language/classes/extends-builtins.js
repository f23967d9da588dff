class MyError extends Error {
  constructor(msg, code) { super(msg); this.name = 'MyError'; this.code = code; }
}
const e = new MyError('bad thing', 42);
console.log(e instanceof MyError, e instanceof Error, e.message, e.code, String(e));
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.peek(), s.length, Array.isArray(s), s instanceof Stack);
console.log(s);
class DefaultMap extends Map {
  get(k) { return this.has(k) ? super.get(k) : 'default'; }
}
const dm = new DefaultMap([['a', 1]]);
console.log(dm.get('a'), dm.get('b'), dm.size, dm);
