// @runtimes browser
// An async timer callback that throws rejects a promise nobody holds: the browser reports it and later timers still run.
setTimeout(async () => {
  console.log('async callback');
  Promise.resolve().then(() => console.log('microtask of the callback'));
  throw new Error('thrown by an async callback');
}, 50);
setTimeout(() => console.log('later timer runs'), 150);
