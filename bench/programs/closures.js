/* global console */
// Closures and property access, 100,000 times: a counter closure behind methods, an object's fields.
function makeCounter() {
  let count = 0;
  return {
    add(by) {
      count = (count + by) % 1000;
      return count;
    },
  };
}
const counter = makeCounter();
const point = { x: 1, y: 2 };
let total = 0;
for (let i = 0; i < 100000; i++) {
  point.x = counter.add(i % 7);
  total = (total + point.x * point.y) % 1000003;
}
console.log(total);
