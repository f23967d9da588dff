// @runtimes node browser
// async1 awaits a promise that a timer resolves: its end runs after that timer, not with the microtasks.
console.log('script start');
async function async1() {
  console.log('async1 start');
  await new Promise((resolve) => {
    console.log('executor in async1');
    setTimeout(resolve, 0);
  });
  console.log('async1 end');
}
setTimeout(() => console.log('setTimeout'), 0);
async1();
Promise.resolve().then(() => console.log('promise1'));
console.log('script end');
