const obj = {
  name: 'obj',
  regular() { return this.name; },
  arrow: () => typeof this,
  nested() { return [1].map(() => this.name)[0]; },
  nestedFn() { return [1].map(function () { return this === undefined ? 'undefined' : this === globalThis ? 'global' : 'other'; })[0]; },
};
console.log(obj.regular(), obj.arrow(), obj.nested(), obj.nestedFn());
const detached = obj.regular;
try { console.log(detached()); } catch (e) { console.log('threw', e.message); }
console.log((obj.regular)(), (0, obj.regular)() === undefined);
