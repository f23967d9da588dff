/**
 * The trace's number columns (types.ts `Column`): recorded in fixed-size typed chunks, and kept in
 * those chunks by the finished trace, so that finishing a run copies nothing (fresh memory is the
 * dearest part of recording a long trace). Read a column through `columnAt`.
 */
import type { Column } from './types';

/**
 * 8192 numbers a chunk (32 KB, or 64 KB at 8 bytes a number): fresh memory is costly, and a
 * bigger chunk is mapped anew from the system for each column (the allocator's threshold is
 * 128 KB), where one this size reuses freed memory; it also keeps the first chunk's doublings
 * short.
 */
const CHUNK_BITS = 13;
export const COLUMN_CHUNK = 1 << CHUNK_BITS;
const CHUNK_MASK = COLUMN_CHUNK - 1;

// Indices stay far below 2^31 (the step limit bounds every column), so shifts and masks are exact.
/** Number `i` of the column. */
export const columnAt = (column: Column, i: number): number =>
  column.chunks[i >> CHUNK_BITS][i & CHUNK_MASK];

/**
 * Calls `visit(chunk, first, end)` for each chunk that holds numbers `from` to `to` (exclusive),
 * with the part of the chunk they are in: a loop over a stretch of a column, chunk by chunk, for
 * the readers whose time is that loop (a call per number through `columnAt` costs more).
 */
export function forEachStretch(
  column: Column,
  from: number,
  to: number,
  visit: (chunk: Uint32Array | Float64Array, first: number, end: number) => void,
): void {
  for (let i = from; i < to;) {
    const first = i & CHUNK_MASK;
    const end = Math.min(COLUMN_CHUNK, first + to - i);
    visit(column.chunks[i >> CHUNK_BITS], first, end);
    i += end - first;
  }
}

/** The column's numbers as a plain array (what JSON holds). */
export function columnToArray(column: Column): number[] {
  const out: number[] = [];
  for (const chunk of column.chunks) for (let i = 0; i < chunk.length; i++) out.push(chunk[i]);
  return out;
}

/**
 * A column holding `numbers` (a plain array read from JSON), in the form a recorded one has:
 * 4 bytes a number when every number is an integer in [0, 2^32), else 8.
 */
export function columnFrom(numbers: readonly number[]): Column {
  const narrow = numbers.every((n) => n >>> 0 === n);
  const chunks: Column['chunks'] = [];
  for (let at = 0; at < numbers.length; at += COLUMN_CHUNK) {
    const part = numbers.slice(at, at + COLUMN_CHUNK);
    chunks.push(narrow ? Uint32Array.from(part) : Float64Array.from(part));
  }
  return { length: numbers.length, chunks };
}

/**
 * A growable column of numbers in fixed-size typed chunks: no 8-byte boxed slots, no growth
 * slack copied on every doubling; `toColumn` hands the chunks themselves to the trace. The chunks
 * hold 4 bytes a number (Uint32Array) until the first number that is not an integer in
 * [0, 2^32), then 8 (Float64Array).
 */
export class NumberColumn {
  private chunks: Array<Uint32Array | Float64Array> = [];
  private current: Uint32Array | Float64Array = new Uint32Array(0);
  private used = 0;
  length = 0;
  /** Whether the chunks hold 8 bytes a number. */
  private wide = false;

  /** Whether the chunks hold 8 bytes a number: some number pushed was not an integer in [0, 2^32). */
  get isWide(): boolean {
    return this.wide;
  }

  push(value: number): void {
    // `wide` is tested here, not only in widen: a wide column's pushes (every frame of fib.js past
    // its 4096th scope) would call widen each time, enough for V8 to compile it (3 ms of a run).
    if (value >>> 0 !== value && !this.wide) this.widen();
    if (this.used === this.current.length) this.grow();
    this.current[this.used++] = value;
    this.length++;
  }

  /**
   * The first chunk starts small and doubles up to the chunk size (most columns of most traces
   * stay short, and zeroed memory is not free); after it, full-size chunks. So every chunk but
   * the last holds COLUMN_CHUNK numbers, which `columnAt` relies on.
   */
  private grow(): void {
    const Chunk = this.wide ? Float64Array : Uint32Array;
    if (this.chunks.length <= 1 && this.current.length < COLUMN_CHUNK) {
      const bigger = new Chunk(Math.max(64, this.current.length * 2));
      bigger.set(this.current);
      this.current = this.chunks[0] = bigger;
    } else {
      this.current = new Chunk(COLUMN_CHUNK);
      this.chunks.push(this.current);
      this.used = 0;
    }
  }

  /**
   * The chunks so far become 8 bytes a number, once: before a number past 4 bytes is stored, or
   * before the caller rewrites them to such numbers.
   */
  widen(): void {
    if (this.wide) return;
    this.wide = true;
    this.chunks = this.chunks.map((chunk) => new Float64Array(chunk));
    this.current =
      this.chunks.length > 0 ? this.chunks[this.chunks.length - 1] : new Float64Array(0);
  }

  get(i: number): number {
    return this.chunks[i >> CHUNK_BITS][i & CHUNK_MASK];
  }

  set(i: number, value: number): void {
    if (value >>> 0 !== value && !this.wide) this.widen();
    this.chunks[i >> CHUNK_BITS][i & CHUNK_MASK] = value;
  }

  get last(): number {
    return this.get(this.length - 1);
  }

  /**
   * The trace's column: the chunks themselves, not a copy, the last one cut to the numbers it
   * holds (a copy of at most one chunk; the trace keeps no unused memory). Nothing is pushed after.
   */
  toColumn(): Column {
    const last = this.chunks.length - 1;
    if (last >= 0 && this.used < this.chunks[last].length)
      this.chunks[last] = this.chunks[last].slice(0, this.used);
    return { length: this.length, chunks: this.chunks };
  }
}

/**
 * A column meets its first number past 2^31, and its first past 4 bytes, at a different time in
 * each run (frames once a scope row passes 2048 and 4096, jobs once a promise id passes 255 and
 * 511...), mostly after `push` has been optimized for small integers in Uint32Array chunks only:
 * then it, and every function it was inlined into (framePush...), was thrown away and compiled
 * again. Pushing such numbers when this module loads shows V8 all three from the start (as
 * encoding.ts does for the encoders; V8 keeps what a function has seen only from its 8th call or
 * so). Instructions of a cold run: fib -8%, closures -5%.
 */
for (let i = 0; i < 16; i++) {
  const column = new NumberColumn();
  column.push(i);
  column.push(2 ** 31 + i); // past 2^31: not a small integer, but 4 bytes
  column.push(2 ** 32 + i); // past 4 bytes: the chunks widen
  column.set(0, 2 ** 32 + i);
  column.get(1);
}
