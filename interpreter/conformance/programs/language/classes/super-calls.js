class A {
  constructor() { this.log = ['A']; }
  greet() { return 'A.greet'; }
  static create() { return 'A.create'; }
  get kind() { return 'a-kind'; }
}
class B extends A {
  constructor() { super(); this.log.push('B'); }
  greet() { return super.greet() + ' > B.greet'; }
  static create() { return super.create() + ' > B.create'; }
  get kind() { return super.kind + '+b'; }
}
class C extends B {
  greet() { return super.greet() + ' > C.greet'; }
}
const c = new C();
console.log(c.log, c.greet(), C.create(), c.kind);
const obj = { __proto__: { hi() { return 'proto hi'; } }, hi() { return super.hi() + ' and own'; } };
console.log(obj.hi());
