let reads = 0;
const o = {
  _x: 1,
  get x() { reads++; return this._x; },
  set x(v) { this._x = v * 2; },
  get onlyGet() { return 'g'; },
  set onlySet(v) { this._s = v; },
};
o.x = 5;
console.log(o.x, o.x, reads, o.onlySet, o);
console.log(Object.keys(o));
const desc = Object.getOwnPropertyDescriptor(o, 'x');
console.log(typeof desc.get, typeof desc.set, desc.enumerable);
