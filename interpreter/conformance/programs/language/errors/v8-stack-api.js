// @runtimes node browser
console.log(typeof Error.captureStackTrace, typeof Error.stackTraceLimit);
const o = {};
if (Error.captureStackTrace) Error.captureStackTrace(o);
console.log(typeof o.stack);
