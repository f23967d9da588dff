/* global console */
// Build 20,000 pseudo-random numbers (Park–Miller, exact in doubles) and sort them with a comparator.
const numbers = [];
let seed = 12345;
for (let i = 0; i < 20000; i++) {
  seed = (seed * 16807) % 2147483647;
  numbers.push(seed % 100000);
}
numbers.sort((a, b) => a - b);
let check = 0;
for (let i = 0; i < numbers.length; i += 50) check = (check * 31 + numbers[i]) % 1000000007;
console.log(check);
