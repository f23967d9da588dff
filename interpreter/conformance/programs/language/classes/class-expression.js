const Anon = class {};
const Named = class Inner { who() { return Inner.name; } };
console.log(Anon.name, Named.name, new Named().who(), typeof Inner);
const make = (Base) => class extends Base { extra() { return 'mixed'; } };
class Root { root() { return 'root'; } }
const Mixed = make(Root);
const m = new Mixed();
console.log(m.root(), m.extra(), Mixed.name, m);
console.log(class {});
console.log([class A {}, class extends Root {}]);
