// @runtimes node browser
class Plain extends Promise {
  static get [Symbol.species]() {
    return Promise;
  }
}
const p = Plain.resolve(1);
const q = p.then((x) => x);
console.log('then result is Plain', q instanceof Plain, 'is Promise', q instanceof Promise);
q.then((v) => console.log('value', v));
