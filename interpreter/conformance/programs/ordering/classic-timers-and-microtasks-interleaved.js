// @runtimes node browser
// Each timer callback is a task: its microtasks run before the next timer; a timer set in a microtask comes last.
console.log('1');
setTimeout(() => {
  console.log('2');
  Promise.resolve().then(() => console.log('3'));
}, 0);
new Promise((resolve) => {
  console.log('4');
  resolve();
}).then(() => {
  console.log('5');
  setTimeout(() => console.log('6'), 0);
});
setTimeout(() => {
  console.log('7');
  Promise.resolve().then(() => console.log('8'));
}, 0);
console.log('9');
