// @runtimes node browser
// try/catch around queueMicrotask cannot catch what its callback throws later: the browser reports
// it and goes on; Node ends the process there (exit code 1), so neither later line prints.
try {
  queueMicrotask(() => {
    throw new Error('thrown in a microtask');
  });
  console.log('queued');
} catch (e) {
  console.log('never caught here', e.message);
}
queueMicrotask(() => console.log('the next microtask'));
console.log('script end');
setTimeout(() => console.log('a timer'), 0);
