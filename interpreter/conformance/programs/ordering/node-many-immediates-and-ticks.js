// @runtimes node
for (let i = 1; i <= 3; i++) {
  setImmediate(() => {
    console.log('immediate', i);
    process.nextTick(() => console.log('  tick after immediate', i));
    Promise.resolve().then(() => console.log('  promise after immediate', i));
  });
}
process.nextTick(() => console.log('tick from script'));
