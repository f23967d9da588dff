// @runtimes node
Promise.reject(42);
console.log('sync part still runs');
