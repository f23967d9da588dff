// @runtimes browser
// The nesting level is the running task's, microtasks included: a timer set from a promise
// callback of a timer task is one level deeper, and is clamped past level 5 too.
// Each round starts from a message task, at nesting level 0.
const quickest = new Array(10).fill(Infinity);
let round = 0;
const rounds = new MessageChannel();
rounds.port1.onmessage = () => chain(1, performance.now());
function chain(level, last) {
  const now = performance.now();
  if (level > 1) quickest[level - 1] = Math.min(quickest[level - 1], now - last);
  if (level < 10) Promise.resolve().then(() => setTimeout(() => chain(level + 1, now), 0));
  else if (++round < 3) rounds.port2.postMessage(null);
  else console.log(quickest.slice(1).map((d) => (d >= 3.5 ? 'slow' : 'fast')).join(' '));
}
rounds.port2.postMessage(null);
