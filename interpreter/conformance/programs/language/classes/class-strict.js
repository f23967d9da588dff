// @runtimes node browser
class K {
  m() { return this; }
  static s() { return typeof this; }
  leak() { try { undeclaredVar = 1; return 'no throw'; } catch (e) { return e.name + ': ' + e.message; } }
}
const m = new K().m;
console.log(m(), K.s(), new K().leak());
