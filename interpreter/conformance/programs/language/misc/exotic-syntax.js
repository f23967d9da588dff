// @runtimes node browser
const o = { if: 1, class: 2, new: 3, 'default': 4, get: 5, set: 6, static: 7, async: 8, await: 9, of: 10, let: 11 };
console.log(o.if + o.class + o.new, o.default, o.get, o.set, o.static, o.async, o.await, o.of, o.let);
const { class: cls, new: nw } = o;
console.log(cls, nw);
var let_ = 1, async = 2, of = 3, get = 4;
console.log(let_, async, of, get);
const x = { get() { return 'method named get'; }, set(v) { return 'set ' + v; }, static() { return 'static'; } };
console.log(x.get(), x.set(1), x.static());
class C { static async() { return 'static async method'; } get() { return 'get method'; } 'quoted method'() { return 'q'; } 42() { return 42; } }
console.log(C.async(), new C().get(), new C()['quoted method'](), new C()[42]());
