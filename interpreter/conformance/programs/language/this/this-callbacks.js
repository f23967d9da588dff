// @runtimes node browser
'use strict';
class Timer {
  constructor() { this.ticks = 0; }
  runArrow() { [1, 2, 3].forEach(() => this.ticks++); return this.ticks; }
  runThisArg() { [1, 2].forEach(function () { this.ticks += 10; }, this); return this.ticks; }
  runLost() { try { [1].forEach(function () { this.ticks++; }); } catch (e) { return e.constructor.name + ': ' + e.message; } }
}
const t = new Timer();
console.log(t.runArrow(), t.runThisArg(), t.runLost());
