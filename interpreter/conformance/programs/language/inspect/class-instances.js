class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Empty {}
class WithGetter { constructor() { this.v = 1; } get computed() { return 2; } }
console.log(new Point(1, 2), new Empty(), new WithGetter(), [new Point(0, 0)]);
class Point3D extends Point { constructor() { super(1, 2); this.z = 3; } }
console.log(new Point3D(), { p: new Point(5, 5) });
function OldStyle() { this.a = 1; }
console.log(new OldStyle());
const anon = new (class {})();
console.log(anon, new (class extends Point {})(7, 8));
class Tagged { get [Symbol.toStringTag]() { return 'TagName'; } }
console.log(new Tagged(), Object.create(Point.prototype));
const nullProto = Object.create(null);
nullProto.a = 1;
console.log(nullProto, Object.create(null), [nullProto]);
class NoCtorName {}
const n = new NoCtorName();
Object.defineProperty(n, 'hidden', { value: 'h', enumerable: false });
n.visible = 'v';
console.log(n);
