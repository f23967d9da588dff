function run() {
  const log = [];
  try {
    try {
      log.push('inner try');
      throw new Error('inner');
    } finally {
      log.push('inner finally');
    }
  } catch (e) {
    log.push('outer catch ' + e.message);
    try { throw new Error('again'); } catch (e2) { log.push('nested catch ' + e2.message); }
  } finally {
    log.push('outer finally');
  }
  return log;
}
console.log(run());
function rethrow() {
  try { try { throw new TypeError('t'); } catch (e) { throw new RangeError('r', { cause: e }); } }
  catch (e) { return [e.name, e.message, e.cause.name]; }
}
console.log(rethrow());
