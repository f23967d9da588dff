/* global console */
// ES5 transcription of closures.js for JS-Interpreter (var for let/const, a function expression for the method).
function makeCounter() {
  var count = 0;
  return {
    add: function (by) {
      count = (count + by) % 1000;
      return count;
    },
  };
}
var counter = makeCounter();
var point = { x: 1, y: 2 };
var total = 0;
for (var i = 0; i < 100000; i++) {
  point.x = counter.add(i % 7);
  total = (total + point.x * point.y) % 1000003;
}
console.log(total);
