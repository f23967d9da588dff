// @runtimes browser
// try/catch around queueMicrotask cannot catch what its callback throws later; the browser reports it and goes on.
try {
  queueMicrotask(() => {
    throw new Error('thrown in a microtask');
  });
  console.log('queued');
} catch (e) {
  console.log('never caught here', e.message);
}
queueMicrotask(() => console.log('the next microtask still runs'));
console.log('script end');
setTimeout(() => console.log('timers still run'), 0);
