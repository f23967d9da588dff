// @runtimes browser
console.log('before');
Promise.resolve().then(() => console.log('microtasks still run'));
setTimeout(() => console.log('tasks still run'), 0);
throw new TypeError('script failed');
