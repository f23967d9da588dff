class Counter {
  static count = 0;
  static instances = [];
  static { Counter.ready = true; this.fromBlock = 'static block'; }
  constructor() { Counter.count++; Counter.instances.push(this); }
  static reset() { this.count = 0; }
}
new Counter(); new Counter();
console.log(Counter.count, Counter.instances.length, Counter.ready, Counter.fromBlock);
Counter.reset();
console.log(Counter.count);
class Sub extends Counter {}
console.log(Sub.count, Object.hasOwn(Sub, 'count'), Sub.reset === Counter.reset);
console.log(Object.keys(Counter));
