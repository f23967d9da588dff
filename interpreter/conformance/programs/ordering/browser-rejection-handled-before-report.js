// @runtimes browser
const p = Promise.reject(new Error('handled by a timer queued earlier'));
setTimeout(() => p.catch((e) => console.log('caught', e.message)), 0);
setTimeout(() => console.log('after'), 50);
