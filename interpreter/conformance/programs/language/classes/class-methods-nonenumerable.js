class A { m() {} static s() {} get g() { return 1; } }
console.log(Object.keys(A.prototype), Object.keys(A));
for (const k in new A()) console.log('enumerable', k);
const d = Object.getOwnPropertyDescriptor(A.prototype, 'm');
console.log(d.enumerable, d.writable, d.configurable);
console.log(Object.getOwnPropertyDescriptor(A, 'prototype').writable);
