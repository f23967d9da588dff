// @runtimes node browser
// Counts the ticks each kind of awaited value takes against a running counter.
let tick = 0;
function counter() {
  if (tick > 8) return;
  tick++;
  Promise.resolve().then(counter);
}
counter();
class Sub extends Promise {}
(async () => {
  await 1;
  console.log('value resumed at', tick);
})();
(async () => {
  await Promise.resolve(1);
  console.log('promise resumed at', tick);
})();
(async () => {
  await { then: (r) => r(1) };
  console.log('thenable resumed at', tick);
})();
(async () => {
  await Sub.resolve(1);
  console.log('subclass resumed at', tick);
})();
(async () => {
  await new Promise((r) => r(Promise.resolve(1)));
  console.log('resolved-with-promise resumed at', tick);
})();
