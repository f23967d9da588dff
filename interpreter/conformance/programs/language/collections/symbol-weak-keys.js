// @runtimes node browser
// Symbols that Symbol.for did not register can be held weakly (WeakMap/WeakSet keys, WeakRef targets); registered ones cannot.
const show = (f) => {
  try {
    return String(f());
  } catch (e) {
    return `${e.name}: ${e.message}`;
  }
};
const s = Symbol('ok');
const wm = new WeakMap().set(s, 2);
console.log(wm.get(s), wm.has(s), wm.has(Symbol('ok')), wm.delete(s), wm.has(s));
const ws = new WeakSet().add(s);
console.log(ws.has(s), ws.delete(s), ws.has(s));
console.log(new WeakMap([[Symbol.iterator, 'well-known']]).get(Symbol.iterator));
console.log(new WeakRef(s).deref() === s, String(new WeakRef(Symbol('r')).deref()));
const registered = Symbol.for('x');
console.log(show(() => new WeakMap().set(registered, 1)));
console.log(show(() => new WeakMap([[registered, 1]])));
console.log(show(() => new WeakSet().add(registered)));
console.log(show(() => new WeakSet([Symbol.for('y')])));
console.log(show(() => new WeakRef(registered)));
console.log(show(() => new FinalizationRegistry(() => {}).register(registered, 1)));
console.log(show(() => new FinalizationRegistry(() => {}).register({}, 1, registered)));
console.log(show(() => new FinalizationRegistry(() => {}).register({}, 1, 'token')));
console.log(show(() => new FinalizationRegistry(() => {}).register(Symbol('t'), 1, Symbol('u'))));
console.log(show(() => new FinalizationRegistry(() => {}).unregister(registered)));
console.log(show(() => new FinalizationRegistry(() => {}).unregister(Symbol('v'))));
console.log(new WeakMap().has(registered), new WeakMap().get(registered), new WeakMap().delete(registered));
console.log(new WeakSet().has(registered), new WeakSet().delete(registered), Symbol.keyFor(registered), Symbol.keyFor(s));
console.log(show(() => WeakMap.prototype.has.call({}, 1)), '|', show(() => WeakSet.prototype.delete.call([], s)));
