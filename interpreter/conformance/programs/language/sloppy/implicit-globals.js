function leak() { leaked = 'I am global'; }
leak();
console.log(leaked, globalThis.leaked, typeof leaked, 'leaked' in globalThis);
counter = 0;
counter++;
console.log(counter, Object.keys(globalThis).includes('counter'));
console.log(delete globalThis.leaked, typeof leaked);
var declared = 1;
console.log(delete globalThis.declared, typeof declared);
