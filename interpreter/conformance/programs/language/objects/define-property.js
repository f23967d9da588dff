const o = {};
Object.defineProperty(o, 'ro', { value: 1, enumerable: true });
Object.defineProperty(o, 'hidden', { value: 2, writable: true });
Object.defineProperty(o, 'computed', { get() { return this.ro * 10; }, enumerable: true, configurable: true });
console.log(o, Object.keys(o), o.hidden, o.computed);
console.log(Object.getOwnPropertyDescriptor(o, 'ro'), Object.getOwnPropertyDescriptor(o, 'computed'));
try { Object.defineProperty(o, 'ro', { value: 2 }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.defineProperty(o, 'bad', { get() {}, value: 1 }); } catch (e) { console.log(e.name + ': ' + e.message); }
Object.defineProperties(o, { p1: { value: 'a', enumerable: true }, p2: { value: 'b' } });
console.log(Object.getOwnPropertyNames(o), Object.getOwnPropertyDescriptors({ a: 1 }));
