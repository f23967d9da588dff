// @runtimes node browser
setTimeout(() => console.log('timer'), 0);
let i = 0;
function again() {
  if (i++ < 5) {
    console.log('micro', i);
    queueMicrotask(again);
  }
}
queueMicrotask(again);
