function classify(n) {
  if (n < 0) return 'negative';
  else if (n === 0) return 'zero';
  else if (n < 10) { return 'small'; }
  else return 'large';
}
console.log([-5, 0, 3, 50].map(classify));
if (0) console.log('no'); else console.log('else branch');
if ('') ; else console.log('empty string is falsy');
