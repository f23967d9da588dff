// @runtimes node browser
function type() { return typeof this; }
function val() { return this; }
console.log(type.call(1), type.call('s'), type.call(true), type.call(undefined), type.call(null));
console.log(val.call(2) instanceof Number, val.call(2) + 1);
String.prototype.shout = function () { return this.toUpperCase() + '!'; };
console.log('hi'.shout());
Number.prototype.double = function () { return this * 2; };
console.log((21).double());
function whoAmI() { return this === globalThis ? 'global' : this; }
const o = { whoAmI };
console.log(whoAmI(), o.whoAmI() === o, [whoAmI][0]()[0] === whoAmI);
