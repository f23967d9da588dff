const animal = { eats: true, walk() { return `${this.name} walks`; } };
const rabbit = Object.create(animal, { name: { value: 'Rabbit', enumerable: true } });
console.log(rabbit.eats, rabbit.walk(), Object.getPrototypeOf(rabbit) === animal, animal.isPrototypeOf(rabbit));
console.log(rabbit.hasOwnProperty('eats'), Object.hasOwn(rabbit, 'name'), 'eats' in rabbit);
const bare = Object.create(null);
bare.x = 1;
console.log(bare, 'toString' in bare, Object.getPrototypeOf(bare));
Object.setPrototypeOf(bare, animal);
console.log(bare.eats);
function Legacy(v) { this.v = v; }
Legacy.prototype.get = function () { return this.v; };
const l = new Legacy(3);
console.log(l.get(), l.constructor === Legacy, l.__proto__ === Legacy.prototype, l);
try { Object.setPrototypeOf(animal, rabbit); } catch (e) { console.log(e.name + ': ' + e.message); }
