let target = { name: 'kept' };
const ref = new WeakRef(target);
console.log(ref.deref(), ref.deref() === target, Object.prototype.toString.call(ref), ref, [ref]);
const registry = new FinalizationRegistry((held) => console.log('cleaned', held));
console.log(registry.register(target, 'held value'), registry.unregister(target), registry);
const tries = [() => new WeakRef(1), () => WeakRef({}), () => new FinalizationRegistry(1), () => registry.register(target, target), () => registry.register(1), () => registry.unregister(1)];
for (const t of tries) {
  try { t(); } catch (e) { console.log(e.name + ': ' + e.message); }
}
target = null;
setTimeout(() => console.log('still no cleanup in a short run'), 10);
