const o = { a: { b: { c: 1 } }, f() { return 'called'; }, arr: [1, 2] };
console.log(o?.a?.b?.c, o.x?.y.z, o.x?.y.z.w, o.f?.(), o.g?.(), o.arr?.[1], o.nope?.[0]);
const n = null;
console.log(n?.x, n?.[0], n?.(), n?.x.y.z);
try { o.x.y; } catch (e) { console.log(e.message); }
try { o.missing(); } catch (e) { console.log(e.message); }
try { o.a.b.nope(); } catch (e) { console.log(e.message); }
try { (o?.x).y; } catch (e) { console.log(e.message); }
let count = 0;
n?.[count++];
console.log(count);
console.log(o.f?.call({}), delete o?.a?.b, o.a);
