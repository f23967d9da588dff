// @runtimes node browser
// Timers with the same delay fire in the order they were set; an interval re-arms behind the others each time.
let n = 0;
setTimeout(() => console.log('timeout 100 (set first)'), 100);
const id = setInterval(() => {
  console.log('interval', ++n);
  if (n === 3) clearInterval(id);
}, 100);
setTimeout(() => console.log('timeout 100 (set last)'), 100);
