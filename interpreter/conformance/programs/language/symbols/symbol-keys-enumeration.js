const s = Symbol('s');
const o = { a: 1, [s]: 2 };
for (const k in o) console.log('for-in', k);
console.log(Object.entries(o), Object.assign({}, o)[s], { ...o }[s]);
console.log(Object.getOwnPropertyNames(o), Object.getOwnPropertySymbols(o).length);
Object.defineProperty(o, Symbol('hidden'), { value: 3, enumerable: false });
console.log(o);
