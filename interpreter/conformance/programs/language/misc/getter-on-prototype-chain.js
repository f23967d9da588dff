// @runtimes node browser
class Base { get id() { return 'base-' + this.constructor.name; } }
class Mid extends Base {}
class Leaf extends Mid { get id() { return super.id + '!'; } }
console.log(new Leaf().id, new Mid().id);
const o = Object.create({ get p() { return this === o; } });
console.log(o.p);
