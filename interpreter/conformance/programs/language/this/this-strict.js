// @runtimes node browser
'use strict';
function f() { return this; }
console.log(f(), f.call(5), typeof f.call('s'), f.call(null));
const o = { f };
console.log(o.f() === o);
function Ctor() { this.x = 1; }
try { Ctor(); } catch (e) { console.log(e.name, e.message); }
