const user = {
  first: 'John', last: 'Smith',
  get full() { return `${this.first} ${this.last}`; },
  set full(v) { [this.first, this.last] = v.split(' '); },
};
user.full = 'Alice Cooper';
console.log(user.first, user.last, user.full);
const counter = { _n: 0, get next() { return ++this._n; } };
console.log(counter.next, counter.next, counter.next);
const proto = { set v(x) { console.log('proto setter', x); } };
const child = Object.create(proto);
child.v = 1;
console.log(Object.keys(child), child.v);
