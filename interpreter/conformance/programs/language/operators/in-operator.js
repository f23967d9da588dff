// @runtimes node browser
const o = { a: undefined };
console.log('a' in o, 'b' in o, 'toString' in o, 0 in [1], 1 in [1], 'length' in []);
console.log(Symbol.iterator in [], Symbol.iterator in {});
try { 'a' in 'string'; } catch (e) { console.log(e.message); }
try { 'a' in null; } catch (e) { console.log(e.message); }
class C { #p; static has(o) { return #p in o; } }
console.log(C.has(new C()), C.has({}));
