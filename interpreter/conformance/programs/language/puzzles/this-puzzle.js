var name = 'global';
const obj = {
  name: 'obj',
  regular: function () { return this.name; },
  arrow: () => this.name,
  delayed() { return (function () { return this === globalThis ? 'global this' : this; })(); },
  inner() { const f = () => this.name; return f(); },
};
console.log(obj.regular(), obj.arrow(), obj.delayed(), obj.inner());
const fn = obj.regular;
console.log(fn() === undefined ? 'undefined' : fn());
console.log([obj.regular][0]());
