/* global console */
// String building: 30,000 appends through a template literal, then a hash over the characters.
let text = '';
for (let i = 0; i < 30000; i++) {
  text += `${i % 10}`;
  if (i % 80 === 79) text += '\n';
}
let hash = 0;
for (let i = 0; i < text.length; i += 3) hash = (hash * 31 + text.charCodeAt(i)) % 1000000007;
console.log(text.length + ':' + hash);
