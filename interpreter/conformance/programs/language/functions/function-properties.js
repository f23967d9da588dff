function named(a, b) {}
console.log(named.name, named.length, typeof named.prototype, named.prototype.constructor === named);
const o = { method() {}, get g() { return 1; }, ['comp' + 'uted']() {}, arrow: () => {}, fn: function () {} };
console.log(o.method.name, o.computed.name, o.arrow.name, o.fn.name);
console.log(Object.getOwnPropertyDescriptor(o, 'g').get.name);
console.log(o.method.prototype);
const sym = Symbol('desc');
const s = { [sym]() {} };
console.log(s[sym].name);
named.custom = 1;
console.log(named.custom, Object.keys(named));
