// @runtimes node browser
let release;
const gate = new Promise((r) => (release = r));
async function waiter(name) {
  console.log(name, 'waits');
  const v = await gate;
  console.log(name, 'got', v);
}
waiter('a');
waiter('b');
setTimeout(() => {
  console.log('timer releases');
  release('go');
  console.log('timer done');
}, 10);
