// @runtimes node browser
let order = [];
const note = (x) => (order.push(x), x);
class Base {
  baseField = note('base field');
  constructor() { note('base ctor'); }
  greet() { return 'base greet'; }
  static create() { return new this(); }
}
class Child extends Base {
  childField = note('child field');
  arrow = () => super.greet() + ' via arrow';
  static label = note('static label') + '!';
  static { note('static block sees ' + this.label); }
  constructor() { note('child ctor before super'); super(); note('child ctor after super'); }
}
console.log(order.join(' | '));
order = [];
const c = Child.create();
console.log(order.join(' | '), c instanceof Child, c.arrow());
class Counter { static #count = 0; static inc() { return ++Counter.#count; } #id = Counter.inc(); get id() { return this.#id; } }
console.log(new Counter().id, new Counter().id, new Counter().id);
class A { m() { return 'A'; } }
class B extends A { m() { const f = () => super.m(); return f() + 'B'; } }
class C extends B { m() { return [1].map(() => super.m())[0] + 'C'; } }
console.log(new C().m());
