// @runtimes node
// Inside a timer callback the check phase comes before the next timers phase: deterministic.
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
}, 5);
