// @runtimes node
console.log('before');
Promise.reject(new Error('nobody handles me'));
setTimeout(() => console.log('never runs'), 10);
