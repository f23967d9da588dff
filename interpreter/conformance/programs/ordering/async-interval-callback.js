// @runtimes node browser
let n = 0;
const id = setInterval(async () => {
  const mine = ++n;
  console.log('start', mine);
  await null;
  console.log('after await', mine);
  if (mine === 3) clearInterval(id);
}, 100);
