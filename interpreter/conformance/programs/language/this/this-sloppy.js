function f() { return this; }
console.log(f() === globalThis, typeof f.call(5), f.call(null) === globalThis, f.call(undefined) === globalThis);
console.log(f.call(5) instanceof Number, f.call('s').length);
function setGlobal() { this.leaked = 'yes'; }
setGlobal();
console.log(globalThis.leaked, leaked);
console.log(typeof this, JSON.stringify(this), Object.keys(this).length);
