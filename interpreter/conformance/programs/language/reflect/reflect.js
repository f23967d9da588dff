const sym = Symbol('s');
const o = { b: 1, a: 2, 1: 'one', [sym]: 3 };
Object.defineProperty(o, 'hidden', { value: 4 });
console.log(Reflect.ownKeys(o), Reflect.has(o, 'a'), Reflect.has(o, 'toString'), Reflect.get(o, 'b'));
console.log(Reflect.set(o, 'c', 5), o.c, Reflect.set(Object.freeze({ x: 1 }), 'x', 2), Reflect.deleteProperty(o, 'c'), 'c' in o);
console.log(Reflect.defineProperty({}, 'x', { value: 1 }), Reflect.defineProperty(Object.freeze({}), 'x', { value: 1 }));
console.log(Reflect.getPrototypeOf([]) === Array.prototype, Reflect.setPrototypeOf({}, null), Reflect.isExtensible(Object.seal({})));
console.log(Reflect.apply(Math.max, null, [1, 5, 3]), Reflect.construct(Array, [3]).length);
class A { constructor(x) { this.x = x; this.nt = new.target.name; } }
class B {}
const made = Reflect.construct(A, [7], B);
console.log(made.x, made.nt, made instanceof B, Object.getPrototypeOf(made) === B.prototype);
const receiver = { base: 10 };
const withGetter = { get sum() { return this.base + 1; } };
console.log(Reflect.get(withGetter, 'sum', receiver), Reflect.getOwnPropertyDescriptor(o, 'hidden'));
try { Reflect.get(1, 'x'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Reflect.construct(() => {}, []); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object.prototype.toString.call(Reflect), Reflect);
