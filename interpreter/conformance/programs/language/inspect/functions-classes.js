function named() {}
const anon = function () {};
const arrow = () => {};
async function asyncFn() {}
function* gen() {}

class Klass {}
class Child extends Klass {}
console.log(named, anon, arrow, asyncFn, gen, Klass, Child, class {}, Math.max, named.bind(null));
console.log([named, arrow], { named, method() {}, get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} });
named.prop = 'x';
console.log(named, { f: Object.assign(() => {}, { a: 1 }) });
console.log(Function.prototype, Object, Array, Symbol, Map);
