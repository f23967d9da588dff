class Shape {
  constructor(name) { this.name = name; }
  area() { return 0; }
  describe() { return `${this.name} with area ${this.area().toFixed(2)}`; }
}
class Circle extends Shape {
  constructor(r) { super('circle'); this.r = r; }
  area() { return Math.PI * this.r ** 2; }
}
class Square extends Shape {
  constructor(s) { super('square'); this.s = s; }
  area() { return this.s * this.s; }
  describe() { return 'A ' + super.describe(); }
}
for (const s of [new Circle(1), new Square(2)]) console.log(s.describe());
const c = new Circle(2);
console.log(c instanceof Circle, c instanceof Shape, c instanceof Object, Object.getPrototypeOf(Circle) === Shape);
console.log(c, new Square(3));
