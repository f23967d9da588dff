class A {
  get x() { return 'A.x'; }
  set y(v) { console.log('A.set y', v); }
}
class B extends A {
  get x() { return super.x + '>B.x'; }
}
const b = new B();
console.log(b.x);
b.y = 5;
console.log(Object.keys(b), b.y);
