class A {}
class B extends A {
  constructor() {
    try { this.x = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
    super();
    this.x = 2;
  }
}
console.log(new B());
class C extends A { constructor() {} }
try { new C(); } catch (e) { console.log(e.name + ': ' + e.message); }
class D extends A { constructor() { super(); try { super(); } catch (e) { console.log(e.name + ': ' + e.message); } } }
new D();
