// @runtimes browser
Promise.reject(42);
Promise.reject('text');
Promise.reject(new TypeError('typed'));
setTimeout(() => console.log('loop goes on'), 50);
