/* global console */
// Naive recursion: fib(22) makes 57,313 calls.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log(fib(22));
