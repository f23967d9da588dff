// @runtimes node browser
let n = 0;
const id = setInterval(() => {
  console.log('run', ++n);
  if (n === 2) clearTimeout(id);
}, 10);
