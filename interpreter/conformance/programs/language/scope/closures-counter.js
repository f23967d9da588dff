function makeCounter() {
  let count = 0;
  return { inc: () => ++count, dec: () => --count, get: () => count };
}
const c1 = makeCounter();
const c2 = makeCounter();
c1.inc(); c1.inc(); c2.dec();
console.log(c1.get(), c2.get());
const adders = [1, 2, 3].map((n) => (x) => x + n);
console.log(adders.map((f) => f(10)));
