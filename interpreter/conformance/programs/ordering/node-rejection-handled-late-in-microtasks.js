// @runtimes node
// A rejection handled anywhere in the same microtask drain, even several ticks later or from a nextTick, is not unhandled.
const early = Promise.reject(new Error('handled after three ticks'));
Promise.resolve()
  .then(() => {})
  .then(() => {})
  .then(() => early.catch((e) => console.log('caught', e.message)));
const viaTick = Promise.reject(new Error('handled from a nextTick'));
Promise.resolve().then(() =>
  process.nextTick(() => viaTick.catch((e) => console.log('caught', e.message))),
);
setTimeout(() => console.log('process goes on'), 0);
