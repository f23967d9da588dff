// @runtimes browser
console.log('script');
requestAnimationFrame((t) => console.log('frame callback gets a timestamp', typeof t));
Promise.resolve().then(() => console.log('microtask'));
setTimeout(() => console.log('timer 0'), 0);
