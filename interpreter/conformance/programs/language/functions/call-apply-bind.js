function who(greeting, punct) { return `${greeting}, ${this.name}${punct}`; }
const alice = { name: 'Alice' };
console.log(who.call(alice, 'Hi', '!'));
console.log(who.apply(alice, ['Hello', '?']));
const bound = who.bind(alice, 'Hey');
console.log(bound('.'), bound.name, bound.length);
const rebound = bound.bind({ name: 'Bob' });
console.log(rebound('...'));
function Point(x, y) { this.x = x; this.y = y; }
const P5 = Point.bind(null, 5);
const p = new P5(6);
console.log(p, p instanceof Point, p instanceof P5);
console.log(Math.max.apply(null, [3, 7, 2]));
