// @runtimes node browser
let depth = 0;
function dive() { depth++; try { dive(); } catch (e) { if (depth % 1000 === 0) throw e; } }
try { dive(); } catch (e) { console.log('finally caught', e instanceof RangeError); }
console.log('depth reached is large', depth > 5000);
function sum(n) { return n === 0 ? 0 : n + sum(n - 1); }
console.log(sum(5000));
const memo = new Map();
function ways(n) { if (n <= 1) return 1; if (memo.has(n)) return memo.get(n); const r = ways(n - 1) + ways(n - 2); memo.set(n, r); return r; }
console.log(ways(1000) > 1e200);
