// @runtimes node browser
class Widget {
  #id;
  static #nextId = 1;
  constructor() { this.#id = Widget.#allocate(); }
  static #allocate() { return Widget.#nextId++; }
  get #label() { return `widget-${this.#id}`; }
  set #label(v) { this.#id = Number(v); }
  rename(n) { this.#label = n; return this.#label; }
  describe() { return this.#label; }
}
const a = new Widget();
const b = new Widget();
console.log(a.describe(), b.describe(), a.rename('42'));
class Sub extends Widget { #own = 'own'; get own() { return this.#own; } }
console.log(new Sub().own, new Sub().describe());
try { Widget.prototype.describe.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }
