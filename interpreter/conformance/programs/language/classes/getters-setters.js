class Temperature {
  #c = 0;
  get fahrenheit() { return this.#c * 9 / 5 + 32; }
  set fahrenheit(f) { this.#c = (f - 32) * 5 / 9; }
  get celsius() { return this.#c; }
}
const t = new Temperature();
t.fahrenheit = 212;
console.log(t.celsius, t.fahrenheit);
const obj = {
  _v: 1,
  get v() { return this._v * 10; },
  set v(x) { this._v = x; },
};
obj.v = 5;
console.log(obj.v, obj);
const onlyGet = { get g() { return 'g'; } };
onlyGet.g = 'changed';
console.log(onlyGet.g);
console.log(Object.getOwnPropertyDescriptor(Temperature.prototype, 'celsius'));
