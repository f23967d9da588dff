class Money {
  constructor(v) { this.v = v; }
  [Symbol.toPrimitive](hint) { return hint === 'string' ? `$${this.v}` : this.v; }
  get [Symbol.toStringTag]() { return 'Money'; }
  static [Symbol.hasInstance](x) { return typeof x === 'object' && 'v' in x; }
}
const m = new Money(3);
console.log(`${m}`, m + 1, Object.prototype.toString.call(m), { v: 1 } instanceof Money);
const spreadable = { length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true };
console.log([1].concat(spreadable));
const arr = [9];
arr[Symbol.isConcatSpreadable] = false;
console.log([0].concat(arr).length);
