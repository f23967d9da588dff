function A() { this.a = 1; return { replaced: true }; }
function B() { this.b = 1; return 42; }
function C() { this.c = 1; return null; }
console.log(new A(), new B(), new C());
class D { constructor() { return [1, 2]; } }
console.log(new D());
class E extends Object { constructor() { super(); return undefined; } }
console.log(new E());
class F extends Object { constructor() { return 1; } }
try { new F(); } catch (e) { console.log(e.name, e.message); }
