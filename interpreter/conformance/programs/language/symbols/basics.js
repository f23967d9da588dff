const s1 = Symbol('id'), s2 = Symbol('id'), anon = Symbol();
console.log(s1 === s2, s1.toString(), s1.description, anon.description, typeof s1, anon.toString());
const o = { [s1]: 'hidden', visible: 1 };
console.log(o[s1], Object.keys(o), JSON.stringify(o), Object.getOwnPropertySymbols(o), o);
console.log(Symbol.for('app') === Symbol.for('app'), Symbol.keyFor(Symbol.for('app')), Symbol.keyFor(s1));
try { new Symbol(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Symbol.iterator, Symbol.asyncIterator.toString(), typeof Symbol.hasInstance);
console.log([s1], { s: s1 }, String(Symbol.for('reg')));
