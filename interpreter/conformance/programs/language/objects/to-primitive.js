// @runtimes node browser
const money = {
  amount: 5,
  [Symbol.toPrimitive](hint) { console.log('hint', hint); return hint === 'number' ? this.amount : hint === 'string' ? `$${this.amount}` : 'default'; },
};
console.log(+money, `${money}`, money + '', money * 2, money > 4, String(money));
const v = { valueOf() { console.log('valueOf'); return 1; }, toString() { console.log('toString'); return 'ts'; } };
console.log(v + 1, `${v}`, [v] + '');
const bad = { valueOf() { return {}; }, toString() { return {}; } };
try { bad + 1; } catch (e) { console.log(e.name + ': ' + e.message); }
