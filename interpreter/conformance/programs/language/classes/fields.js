class Person {
  name = 'anon';
  greeting = `hi ${this.name}`;
  tags = [];
  arrow = () => this.name;
  constructor(name) { if (name) this.name = name; }
}
const p = new Person('Ada');
console.log(p, p.arrow.call(null));
const q = new Person();
p.tags.push('x');
console.log(q.tags, Object.keys(q));
class Base { constructor() { console.log('base sees', this.field); } }
class Derived extends Base { field = 'set after super'; }
console.log(new Derived().field);
let i = 0;
class Computed { [`f${++i}`] = i; [`f${++i}`] = i; }
console.log(new Computed());
