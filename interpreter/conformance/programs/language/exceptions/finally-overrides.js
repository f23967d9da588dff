// @runtimes node browser
function a() { try { return 1; } finally { return 2; } }
function b() { try { throw new Error('lost'); } finally { return 'finally wins'; } }
function c() { try { return 'try'; } finally { 'no return here'; } }
function d() { for (const i of [1, 2, 3]) { try { return i; } finally { if (i === 1) continue; } } return 'loop end'; }
function e() { let i = 0; while (true) { try { i++; break; } finally { if (i < 3) continue; } } return i; }
console.log(a(), b(), c(), d(), e());
function f() { try { throw 1; } catch (x) { throw 2; } finally { return 'swallowed ' ; } }
console.log(f());
