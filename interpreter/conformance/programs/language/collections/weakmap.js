const wm = new WeakMap();
const k1 = {}, k2 = function () {};
wm.set(k1, 'one').set(k2, 'two');
console.log(wm.get(k1), wm.has(k2), wm.has({}), wm.delete(k1), wm.has(k1), wm.get('prim'));
try { wm.set('string', 1); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(wm, new WeakSet([k1]));
const privateData = new WeakMap();
class Person { constructor(n) { privateData.set(this, { n }); } get name() { return privateData.get(this).n; } }
console.log(new Person('Zed').name);
const ws = new WeakSet();
ws.add(k1);
console.log(ws.has(k1), ws.has(k2));
