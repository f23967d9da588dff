// @runtimes node
const t = setTimeout(() => {}, 10);
console.log(typeof t, typeof t.ref, typeof t.unref, typeof t.hasRef);
clearTimeout(t);
const i = setImmediate(() => {});
console.log(typeof i);
clearImmediate(i);
