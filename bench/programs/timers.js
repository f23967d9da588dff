/* global console, setTimeout */
// 200 timers, each of which also queues a microtask; the hash depends on the order they run in.
let fired = 0;
let hash = 0;
for (let i = 0; i < 200; i++) {
  setTimeout(() => {
    hash = (hash * 31 + i) % 1000000007;
    Promise.resolve(i).then((v) => {
      hash = (hash * 7 + v) % 1000000007;
      fired++;
      if (fired === 200) console.log(hash);
    });
  }, 0);
}
