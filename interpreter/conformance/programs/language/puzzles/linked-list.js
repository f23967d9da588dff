class Node { constructor(value, next = null) { this.value = value; this.next = next; } }
class LinkedList {
  constructor() { this.head = null; this.size = 0; }
  add(v) { const n = new Node(v); if (!this.head) this.head = n; else { let c = this.head; while (c.next) c = c.next; c.next = n; } this.size++; return this; }
  reverse() { let prev = null, cur = this.head; while (cur) { [cur.next, prev, cur] = [prev, cur, cur.next]; } this.head = prev; return this; }
  *[Symbol.iterator]() { for (let c = this.head; c; c = c.next) yield c.value; }
}
const list = new LinkedList().add(1).add(2).add(3);
console.log([...list], [...list.reverse()], list.size);
console.log(list);
