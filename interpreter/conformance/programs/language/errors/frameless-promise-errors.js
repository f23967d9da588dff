// Errors of the promise machinery without stack frames inspect in brackets: Promise.any's AggregateError always, a chaining cycle when a job finds it.
Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) => {
  console.log(e);
  console.log(JSON.stringify(e.stack), e instanceof AggregateError, e.errors);
});
const p = Promise.resolve().then(() => p);
p.catch((e) => {
  console.log(e);
  console.log(JSON.stringify(e.stack), e instanceof TypeError);
});
// V8 captures no stack for Promise.any's error even when interpreted code is running.
function any() {
  return Promise.any([]);
}
any().catch((e) => console.log(JSON.stringify(e.stack)));
// A chaining cycle found by interpreted code, and an error made in a callback, keep their frames.
let resolveSelf;
const self = new Promise((r) => (resolveSelf = r));
resolveSelf(self);
self.catch((e) => console.log(e.stack.split('\n').length > 1, e.stack.split('\n')[0]));
Promise.resolve().then(() => {
  const e = new RangeError('in a callback');
  console.log(e.stack.split('\n').length > 1);
});
// A builtin a job calls directly is a frame of V8's stack: its error is not in brackets.
Promise.resolve('{').then(JSON.parse).catch((e) => console.log(e));
Promise.resolve(null).then(Object.keys).catch((e) => console.log(e));
// Promise.any makes the intrinsic AggregateError, whatever the global binding is.
const RealAggregateError = AggregateError;
globalThis.AggregateError = function Fake() {};
Promise.any([Promise.reject(3)]).catch((e) => console.log(e instanceof RealAggregateError, e.constructor === RealAggregateError));
