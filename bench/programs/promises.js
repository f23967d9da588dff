/* global console */
// 2,000 promise chains of three reactions each, interleaved on the microtask queue; the hash
// depends on the order the reactions run in.
let done = 0;
let hash = 0;
for (let i = 0; i < 2000; i++) {
  Promise.resolve(i)
    .then((v) => v * 2)
    .then((v) => v + 1)
    .then((v) => {
      hash = (hash * 31 + v) % 1000000007;
      done++;
      if (done === 2000) console.log(hash);
    });
}
