// @runtimes browser
// Past nesting level 5, setTimeout(…, 0) waits at least 4 ms (HTML timer initialization step 5).
// Three runs of a chain of ten nested timers; a level counts as slow when even its quickest run
// took 3.5 ms or more, so a busy machine cannot make a fast level look slow.
// Each round starts from a message task, at nesting level 0.
const quickest = new Array(10).fill(Infinity);
let round = 0;
const rounds = new MessageChannel();
rounds.port1.onmessage = () => chain(1, performance.now());
function chain(level, last) {
  const now = performance.now();
  if (level > 1) quickest[level - 1] = Math.min(quickest[level - 1], now - last);
  if (level < 10) setTimeout(() => chain(level + 1, now), 0);
  else if (++round < 3) rounds.port2.postMessage(null);
  else console.log(quickest.slice(1).map((d) => (d >= 3.5 ? 'slow' : 'fast')).join(' '));
}
rounds.port2.postMessage(null);
