// @runtimes node
setTimeout(() => {
  console.log('timer A');
  setImmediate(() => {
    console.log('immediate from A');
    setTimeout(() => console.log('timer from immediate (+100)'), 100);
    setImmediate(() => console.log('immediate from immediate'));
  });
}, 10);
setTimeout(() => console.log('timer B (+300)'), 300);
