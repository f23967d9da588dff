// @runtimes node browser
let constructed = 0;
class Counting extends Promise {
  constructor(executor) {
    constructed++;
    super(executor);
  }
}
const c = Counting.resolve(1);
console.log('constructed after resolve', constructed);
const d = c.then((v) => v + 1);
console.log('then returns Counting', d instanceof Counting, constructed);
d.then((v) => console.log('value', v, 'constructed', constructed));
