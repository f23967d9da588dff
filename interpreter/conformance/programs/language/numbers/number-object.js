const n = new Number(5);
console.log(typeof n, n + 1, n == 5, n === 5, n, new Boolean(false), !!new Boolean(false));
console.log((5).constructor === Number, 5 .toString(), (5).valueOf(), Number.prototype.toFixed.call(3, 1));
try { Number.prototype.toFixed.call('3', 1); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Boolean(''), Boolean('false'), Boolean(0n), Boolean([]), true.toString(), Boolean.prototype.valueOf.call(true));
