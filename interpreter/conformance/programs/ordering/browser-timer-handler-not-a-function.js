// @runtimes browser
// A timer handler that is not a function is converted to a string and run as code when the timer fires: 42, true or null is code that does nothing.
const ids = [setTimeout(42, 0), setTimeout(true), setInterval(null, 10), setTimeout(undefined, 20)];
console.log(ids.map((id) => typeof id).join(' '));
setTimeout(() => {
  clearInterval(ids[2]);
  console.log('the handlers ran as code, and printed nothing');
}, 50);
try {
  setTimeout();
} catch (e) {
  console.log(String(e));
}
try {
  setInterval(Symbol('s'), 10);
} catch (e) {
  console.log(String(e));
}
