console.log(typeof globalThis, globalThis.globalThis === globalThis, typeof globalThis.console, typeof globalThis.setTimeout);
globalThis.shared = 'via globalThis';
console.log(shared);
var topVar = 'var at top';
let topLet = 'let at top';
console.log(globalThis.topVar, globalThis.topLet);
function topFn() {}
console.log(typeof globalThis.topFn);
console.log(Object.keys(globalThis).filter((k) => k === 'shared'));
console.log(typeof window, typeof self, typeof process, typeof global);
