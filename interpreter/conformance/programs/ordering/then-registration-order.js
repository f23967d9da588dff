// @runtimes node browser
const p = new Promise((r) => setTimeout(() => r('x'), 5));
p.then(() => console.log('first'));
p.then(() => console.log('second'));
p.then(() => {
  console.log('third');
  p.then(() => console.log('added late'));
});
p.then(() => console.log('fourth'));
