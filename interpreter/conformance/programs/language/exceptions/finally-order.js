function f() {
  const log = [];
  try {
    log.push('try');
    throw new Error('x');
  } catch (e) {
    log.push('catch');
    return log;
  } finally {
    log.push('finally');
  }
}
console.log(f());
function g() {
  try { return 'try'; } finally { console.log('finally runs before return'); }
}
console.log(g());
