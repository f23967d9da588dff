// @runtimes node browser
function createAccount(initial) {
  let balance = initial;
  const history = [];
  return {
    deposit(n) { if (n <= 0) throw new RangeError('Deposit must be positive'); balance += n; history.push(['+', n]); return this; },
    withdraw(n) { if (n > balance) throw new Error(`Insufficient funds: ${balance} < ${n}`); balance -= n; history.push(['-', n]); return this; },
    get balance() { return balance; },
    history: () => history.map(([s, n]) => s + n).join(' '),
  };
}
const acct = createAccount(100);
acct.deposit(50).withdraw(30);
try { acct.withdraw(1000); } catch (e) { console.log(e.message); }
try { acct.deposit(-1); } catch (e) { console.log(e.name, e.message); }
console.log(acct.balance, acct.history(), acct.balance = 5, acct.balance);
