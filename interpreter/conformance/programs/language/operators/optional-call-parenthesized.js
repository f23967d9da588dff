// @runtimes node browser
// A parenthesized optional chain keeps its reference: (o?.m)() calls m with o as this, and a
// short-circuited one is not a function.
const o = { v: 1, m() { return this && this.v; }, inner: { v: 2, m() { return this.v; } } };
const p = { q: o };
const none = null;
console.log((o?.m)(), (o?.['m'])(), (p?.q.m)(), (p?.q?.inner.m)());
console.log(o?.m(), o.m?.(), (o.m)());
try { (none?.m)(); } catch (e) { console.log(e.constructor.name, e.message); }
async function later() { return (await o)?.m; }
(async () => { console.log((o?.m)(), typeof (await later())); })();
try { none?.m(); console.log('sc'); } catch (e) { console.log(e.message); }
try { o?.m(); } catch (e) { console.log(e.message); }
try { (o?.m)(); } catch (e) { console.log(e.message); }
try { (o?.a.b)(); } catch (e) { console.log(e.message); }
