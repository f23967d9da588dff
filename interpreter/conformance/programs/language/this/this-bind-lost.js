// @runtimes node browser
'use strict';
class Button {
  constructor(label) { this.label = label; this.onClick = this.onClick.bind(this); }
  onClick() { return `clicked ${this.label}`; }
  other() { return this?.label ?? 'no this'; }
}
const b = new Button('OK');
const { onClick, other } = b;
console.log(onClick(), other());
const handler = b.other;
console.log(handler.call({ label: 'borrowed' }));
