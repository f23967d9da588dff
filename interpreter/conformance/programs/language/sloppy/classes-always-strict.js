// @runtimes node browser
class K {
  m() { return this; }
  assign() { try { implicitInClass = 1; return 'assigned'; } catch (e) { return e.name; } }
}
const { m } = new K();
console.log(m(), new K().assign(), typeof implicitInClass);
function sloppyAgain() { implicitInFn = 1; return typeof implicitInFn; }
console.log(sloppyAgain());
