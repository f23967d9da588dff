// @runtimes node browser
let count = 0;
const id = setInterval(() => console.log('interval', ++count), 200);
setTimeout(() => {
  console.log('stop');
  clearInterval(id);
}, 700);
