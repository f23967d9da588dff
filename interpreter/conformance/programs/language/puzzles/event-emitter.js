class Emitter {
  #handlers = new Map();
  on(evt, fn) { (this.#handlers.get(evt) ?? this.#handlers.set(evt, []).get(evt)).push(fn); return () => this.off(evt, fn); }
  off(evt, fn) { const list = this.#handlers.get(evt) ?? []; const i = list.indexOf(fn); if (i >= 0) list.splice(i, 1); }
  once(evt, fn) { const off = this.on(evt, (...a) => { off(); fn(...a); }); }
  emit(evt, ...args) { for (const fn of [...(this.#handlers.get(evt) ?? [])]) fn.apply(this, args); return this; }
}
const e = new Emitter();
const unsub = e.on('msg', (m) => console.log('A got', m));
e.once('msg', (m) => console.log('once got', m));
e.emit('msg', 1).emit('msg', 2);
unsub();
e.emit('msg', 3);
console.log('done', e);
