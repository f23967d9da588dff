// @runtimes browser
const { promise, resolve } = Promise.withResolvers();
promise.then((v) => console.log('resolved with', v));
setTimeout(() => resolve('later'), 5);
console.log('sync');
