// @runtimes node browser
const p = Promise.resolve(1);
console.log('Promise.resolve(p) === p', Promise.resolve(p) === p);
class Sub extends Promise {}
const s = Sub.resolve(2);
console.log('Promise.resolve(sub) === sub', Promise.resolve(s) === s);
console.log('Sub.resolve(sub) === sub', Sub.resolve(s) === s);
console.log('Sub.resolve(p) === p', Sub.resolve(p) === p);
Promise.resolve(s).then((v) => console.log('wrapped sub resolved', v));
Promise.resolve(p).then((v) => console.log('same p resolved', v));
