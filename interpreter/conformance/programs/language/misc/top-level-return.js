// @runtimes node
// Node runs a file as a CommonJS module, the body of a function: a return at its top level ends it.
console.log('before');
setTimeout(() => console.log('a timer set before the return still runs'), 0);
if (true) return;
console.log('never');
