// @runtimes node browser
// Microtasks queued by a timer callback run before the next timer, in both runtimes.
for (let i = 1; i <= 3; i++) {
  setTimeout(() => {
    console.log('timer', i);
    Promise.resolve().then(() => console.log('  micro', i));
  }, 50);
}
