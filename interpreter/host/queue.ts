/**
 * A first-in first-out queue with a head index: taking the first item is O(1), where
 * `Array.prototype.shift` moves every item left (V8 copies large arrays to shift them), which
 * made a long microtask queue quadratic (bench/NOTES.md, item 5).
 */
export class Queue<T> {
  // Never replaced, only emptied in place: the first reassignment of a field makes V8 throw away
  // the optimized code that had taken it for a constant (promise settlement and job queueing, in
  // every program's first microtasks).
  private readonly items: T[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined as T; // let it be collected
    // Drop the consumed prefix now and then, so a long-lived queue does not grow forever.
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items.copyWithin(0, this.head);
      this.items.length -= this.head;
      this.head = 0;
    }
    return item;
  }

  /** Removes the first item that matches, and returns it (undefined when none does). */
  removeFirst(match: (item: T) => boolean): T | undefined {
    for (let i = this.head; i < this.items.length; i++) {
      if (match(this.items[i])) {
        const [item] = this.items.splice(i, 1);
        return item;
      }
    }
    return undefined;
  }
}
