// @runtimes node browser
// Timers set inside a callback count from the moment it runs. Delays are far apart, because
// real runtimes start their first timers a little late, and later when the machine is busy.
setTimeout(() => {
  console.log('outer 100');
  setTimeout(() => console.log('inner +400 (500)'), 400);
  setTimeout(() => console.log('inner +100 (200)'), 100);
}, 100);
setTimeout(() => console.log('outer 300'), 300);
setTimeout(() => console.log('outer 700'), 700);
