/* global console */
// A 300,000-iteration loop of arithmetic on locals.
let sum = 0;
for (let i = 0; i < 300000; i++) {
  sum = (sum + i * 7) % 1000003;
}
console.log(sum);
