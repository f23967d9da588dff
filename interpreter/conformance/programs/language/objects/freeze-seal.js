'use strict';
const f = Object.freeze({ a: 1, nested: { b: 2 } });
try { f.a = 2; } catch (e) { console.log(e.message); }
try { f.c = 3; } catch (e) { console.log(e.message); }
try { delete f.a; } catch (e) { console.log(e.message); }
f.nested.b = 3;
console.log(f, Object.isFrozen(f), Object.isFrozen(f.nested));
const s = Object.seal({ a: 1 });
s.a = 2;
try { s.b = 1; } catch (e) { console.log(e.message); }
console.log(s, Object.isSealed(s), Object.isFrozen(s));
const n = Object.preventExtensions({ a: 1 });
delete n.a;
try { n.z = 1; } catch (e) { console.log(e.message); }
console.log(n, Object.isExtensible(n), Object.isFrozen(1), Object.freeze(5));
const arr = Object.freeze([1, 2]);
try { arr.push(3); } catch (e) { console.log(e.message); }
try { arr[0] = 9; } catch (e) { console.log(e.message); }
console.log(arr);
