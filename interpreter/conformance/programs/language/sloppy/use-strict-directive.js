// @runtimes node browser
'use strict';
try { undeclared = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
function f() { return this; }
console.log(f());
try { Object.freeze({ a: 1 }).a = 2; } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'str'.len = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { delete Object.prototype; } catch (e) { console.log(e.name + ': ' + e.message); }
