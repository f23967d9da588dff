const name = 'global';
function outer() {
  const name = 'outer';
  function inner() {
    const name = 'inner';
    return name;
  }
  return [name, inner()];
}
console.log(outer(), name);
function param(name) { { const name = 'block'; console.log(name); } return name; }
console.log(param('arg'));
try { throw 'e1'; } catch (name) { console.log('catch', name); }
console.log(name);
