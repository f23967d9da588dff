// @runtimes node
setImmediate((a, b) => console.log('immediate args', a, b), 'p', 'q');
const cancelled = setImmediate(() => console.log('never'));
clearImmediate(cancelled);
const later = setImmediate(() => console.log('cleared from sibling: never'));
setImmediate(() => console.log('last'));
