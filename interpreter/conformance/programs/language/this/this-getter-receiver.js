const base = { get who() { return this.name; }, set who(v) { this.name = v.toUpperCase(); } };
const child = Object.create(base);
child.name = 'child';
console.log(child.who);
child.who = 'renamed';
console.log(child.name, Object.keys(child), base.name);
