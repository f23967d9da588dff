// @runtimes browser
console.log(typeof window, window === globalThis, self === window);
console.log(typeof requestAnimationFrame, typeof MessageChannel, typeof fetch, typeof queueMicrotask);
console.log(typeof process, typeof setImmediate, typeof global);
const id = setTimeout(() => {}, 0);
console.log(typeof id, id > 0);
clearTimeout(id);
