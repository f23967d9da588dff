// @runtimes browser
// setTimeout's delay is a WebIDL long: 2**31 wraps to a negative delay (run at once, as 0), 2**32 + 50 to 50, Infinity and NaN read as 0.
setTimeout(() => console.log('2**32 + 50 (as 50)'), 2 ** 32 + 50);
setTimeout(() => console.log('100'), 100);
setTimeout(() => console.log('2**31 (as 0)'), 2 ** 31);
setTimeout(() => console.log('Infinity (as 0)'), Infinity);
setTimeout(() => console.log('NaN (as 0)'), NaN);
setTimeout(() => console.log('0'), 0);
const interval = setInterval(() => {
  console.log('interval of 2**32 + 150 (as 150)');
  clearInterval(interval);
}, 2 ** 32 + 150);
