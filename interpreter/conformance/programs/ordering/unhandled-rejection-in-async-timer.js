// @runtimes node browser
// An async timer callback that throws rejects a promise nobody holds: the browser reports it and
// later timers still run; Node reports it after that callback's microtasks and ends the process.
setTimeout(async () => {
  console.log('async callback');
  Promise.resolve().then(() => console.log('microtask of the callback'));
  throw new Error('thrown by an async callback');
}, 50);
setTimeout(() => console.log('a later timer'), 150);
