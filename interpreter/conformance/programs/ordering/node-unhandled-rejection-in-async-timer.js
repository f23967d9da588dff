// @runtimes node
// An async timer callback that throws rejects a promise nobody holds: Node reports it after that callback's microtasks, before the next timer.
setTimeout(async () => {
  console.log('async callback');
  Promise.resolve().then(() => console.log('microtask of the callback'));
  throw new Error('thrown by an async callback');
}, 50);
setTimeout(() => console.log('never: later timer'), 150);
