console.log('script start');
setTimeout(function timeout() { console.log('setTimeout'); }, 0);
async function doStuff() {
  console.log('doStuff start');
  await null;
  console.log('after await');
  return 42;
}
doStuff().then(v => console.log('then', v));
Promise.resolve().then(() => console.log('promise1')).then(() => console.log('promise2'));
new Promise(r => r(1)).then(x => console.log({a: x, b: [1,2,{c:'s'}]}));
console.log('script end', [1,2,3], null, undefined, -0, class Foo {}, function bar(){});
class A { constructor(x){ this.x = x } get y(){ return this.x*2 } static s = 1; f = 3 }
class B extends A { constructor(){ super(5); this.z = [...'ab'] } }
const b = new B();
console.log(b, b.y, B.s);
const {x, ...rest} = b; console.log(x, rest);
function* g(){ const r = yield 1; yield r * 2; return 3 }
const it = g(); console.log(it.next(), it.next(5), it.next(), it.next());
for (const [k, v] of new Map([['a', 1], ['b', 2]])) console.log(k, v);
let s = 0; for (let i = 0; i < 10; i++) { if (i === 5) continue; s += i } console.log(s);
try { null.x } catch (e) { console.log(e.message, e instanceof TypeError) } finally { console.log('fin') }
console.log([1,2,3].map(x => x * 2).filter(x => x > 2).reduce((a, b) => a + b, 0));
console.log(JSON.stringify({a: [1, {b: 2}]}), `t${1+1}t`, typeof null, 2 ** 10, null ?? 'd', b?.q?.r);
label: for (const i of [1,2]) { for (const j of [1,2]) { if (j === 2) continue label; console.log(i, j) } }
