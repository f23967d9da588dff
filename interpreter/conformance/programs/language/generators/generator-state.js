function* g() { const x = yield 1; yield x; }
const it = g();
console.log(it.next(), it.return(7), it.next(), it.next());
function* selfCall() { try { it2.next(); } catch (e) { yield e.message; } }
const it2 = selfCall();
console.log(it2.next());
function* args() { yield arguments.length; yield [...arguments]; }
console.log([...args(1, 2, 3)]);
function* thisGen() { yield this; }
const o = { thisGen };
console.log(o.thisGen().next().value === o);
