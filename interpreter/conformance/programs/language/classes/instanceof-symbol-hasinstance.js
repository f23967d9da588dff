// @runtimes node browser
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
function F() {}
const o = new F();
console.log(o instanceof F);
F.prototype = {};
console.log(o instanceof F);
try { o instanceof 5; } catch (e) { console.log(e.message); }
try { o instanceof {}; } catch (e) { console.log(e.message); }
console.log(Object.create(null) instanceof Object);
