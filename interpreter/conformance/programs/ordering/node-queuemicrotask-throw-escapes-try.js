// @runtimes node
// try/catch around queueMicrotask cannot catch what its callback throws later; in Node it ends the process with exit code 1.
try {
  queueMicrotask(() => {
    throw new Error('thrown in a microtask');
  });
  console.log('queued');
} catch (e) {
  console.log('never caught here', e.message);
}
console.log('script end');
setTimeout(() => console.log('never: the process has died'), 0);
