/* global console */
// ES5 transcription of strings.js for JS-Interpreter (concatenation for the template literal).
var text = '';
for (var i = 0; i < 30000; i++) {
  text += '' + (i % 10);
  if (i % 80 === 79) text += '\n';
}
var hash = 0;
for (var j = 0; j < text.length; j += 3) hash = (hash * 31 + text.charCodeAt(j)) % 1000000007;
console.log(text.length + ':' + hash);
