// @runtimes node browser
let total = 0;
for (let i = 0; i < 20000; i++) total += i % 7;
console.log(total);
const arr = Array.from({ length: 2000 }, (_, i) => 2000 - i);
arr.sort((a, b) => a - b);
console.log(arr[0], arr[1999]);
