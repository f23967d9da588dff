// @runtimes node browser
const inner = Promise.resolve('inner');
new Promise((resolve) => resolve(inner)).then((v) => console.log('outer resolved', v));
inner
  .then(() => console.log('tick1'))
  .then(() => console.log('tick2'))
  .then(() => console.log('tick3'));
