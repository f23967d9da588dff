// @runtimes node browser
const log = [];
function thrower(n) { if (n === 0) throw new Error('bottom'); try { return thrower(n - 1); } finally { log.push('finally ' + n); } }
try { thrower(3); } catch (e) { log.push('caught ' + e.message); }
console.log(log.join(', '));
function rethrowing(n) { try { if (n === 0) throw n; return rethrowing(n - 1); } catch (e) { if (e < 2) throw e + 1; return 'stopped at ' + e; } }
console.log(rethrowing(5));
function returnsFromFinally() { try { return inner(); } finally { console.log('outer finally'); } }
function inner() { try { throw new TypeError('x'); } catch { return 'inner caught'; } finally { console.log('inner finally'); } }
console.log(returnsFromFinally());
const deep = (n) => (n === 0 ? [].reduce((a, b) => a) : deep(n - 1));
try { deep(50); } catch (e) { console.log(e.constructor.name, e.message); }
