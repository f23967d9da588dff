const square = (x) => x * x;
const obj = () => ({ a: 1 });
const block = (a, b) => { const s = a + b; return s * 2; };
console.log(square(4), obj(), block(1, 2));
try { new square(); } catch (e) { console.log(e.message); }
console.log(square.prototype, typeof square);
const curried = (a) => (b) => (c) => a + b + c;
console.log(curried(1)(2)(3));
