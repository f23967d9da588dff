function F() { return new.target === F ? 'with new' : 'without new'; }
console.log(new F() instanceof F, F());
function G() { if (!new.target) return new G(); this.made = true; }
console.log(G(), new G());
class Base { constructor() { console.log('new.target is', new.target.name); } }
class Derived extends Base {}
new Base();
new Derived();
