// Node's global object is tagged 'global' (its own Symbol.toStringTag): String(globalThis) is '[object global]'.
console.log(String(globalThis), Object.prototype.toString.call(globalThis), `${globalThis}`, globalThis + '');
console.log(globalThis[Symbol.toStringTag], Object.getOwnPropertyDescriptor(globalThis, Symbol.toStringTag));
console.log(Object.getOwnPropertySymbols(globalThis), Object.prototype.toString.call(Object.getPrototypeOf(globalThis)));
console.log(String(this), Object.prototype.toString.call(function () { return this; }()));
