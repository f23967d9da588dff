// @runtimes node browser
let second;
setTimeout(() => {
  console.log('first clears second');
  clearTimeout(second);
}, 10);
second = setTimeout(() => console.log('second: never'), 10);
setTimeout(() => console.log('third'), 10);
