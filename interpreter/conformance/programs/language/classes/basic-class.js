class Animal {
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
  toString() { return `Animal(${this.name})`; }
}
const a = new Animal('Rex');
console.log(a.speak(), String(a), `${a}`);
console.log(typeof Animal, Animal.name, Animal.length, Object.keys(a));
console.log(Object.getOwnPropertyNames(Animal.prototype));
try { Animal('x'); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(a);
