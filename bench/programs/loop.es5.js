/* global console */
// ES5 transcription of loop.js for JS-Interpreter (var for let).
var sum = 0;
for (var i = 0; i < 300000; i++) {
  sum = (sum + i * 7) % 1000003;
}
console.log(sum);
