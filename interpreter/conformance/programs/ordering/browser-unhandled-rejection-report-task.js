// @runtimes browser
// The report of an unhandled rejection is a task queued after the checkpoint that saw it.
setTimeout(() => console.log('timer queued before the report'), 0);
Promise.reject(new Error('nobody handles me'));
console.log('script end');
