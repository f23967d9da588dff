class Account {
  #balance = 0;
  static #count = 0;
  #log(msg) { return `[${msg}]`; }
  constructor(initial) { this.#balance = initial; Account.#count++; }
  deposit(n) { this.#balance += n; return this.#log(`deposit ${n}`); }
  get balance() { return this.#balance; }
  static get count() { return Account.#count; }
  static isAccount(o) { return #balance in o; }
  equals(other) { return this.#balance === other.#balance; }
}
const acc = new Account(10);
console.log(acc.deposit(5), acc.balance, Account.count);
console.log(Account.isAccount(acc), Account.isAccount({}));
console.log(acc, Object.keys(acc), JSON.stringify(acc));
try { acc.equals({}); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(acc.equals(new Account(15)));
