// @runtimes node
// A callback that is not a function: Node's TypeError [ERR_INVALID_ARG_TYPE], with its code, and how it names what it got.
const schedulers = {
  setTimeout: (v) => setTimeout(v, 1),
  setInterval: (v) => setInterval(v, 1),
  setImmediate: (v) => setImmediate(v),
  'process.nextTick': (v) => process.nextTick(v),
  queueMicrotask: (v) => queueMicrotask(v),
};
for (const [name, schedule] of Object.entries(schedulers)) {
  try {
    schedule(42);
  } catch (e) {
    console.log(name, e.name, e.code, e instanceof TypeError, Object.keys(e));
    console.log(String(e));
    console.log(e.stack.split('\n')[0]);
  }
}
const received = [
  undefined,
  null,
  -0,
  NaN,
  10n,
  true,
  Symbol('s'),
  "it's",
  'console.log("a long string of code")',
  [],
  new Map(),
  Object.create(null),
  { constructor: { name: 'Named' } },
];
for (const v of received) {
  try {
    setTimeout(v);
  } catch (e) {
    console.log(e.message);
  }
}
try {
  setImmediate('code');
} catch (e) {
  console.log(e);
  console.log({ caught: e });
}
console.log('a timer that is not a function is an uncaught error:');
setTimeout('code', 10);
