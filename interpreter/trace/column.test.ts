import { describe, expect, it } from 'vitest';
import {
  COLUMN_CHUNK,
  columnAt,
  columnFrom,
  columnToArray,
  forEachStretch,
  NumberColumn,
} from './column';
import type { Column } from './types';

const filled = (numbers: number[]): NumberColumn => {
  const column = new NumberColumn();
  for (const n of numbers) column.push(n);
  return column;
};

/** Every chunk but the last holds COLUMN_CHUNK numbers, and the chunks hold `length` in all. */
function expectChunked(column: Column, length: number): void {
  expect(column.length).toBe(length);
  column.chunks.slice(0, -1).forEach((chunk) => expect(chunk.length).toBe(COLUMN_CHUNK));
  expect(column.chunks.reduce((sum, chunk) => sum + chunk.length, 0)).toBe(length);
}

describe('NumberColumn', () => {
  it('hands over 4 bytes a number while every number fits, across chunks', () => {
    const numbers = Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 2 ** 32);
    const column = filled(numbers).toColumn();
    expectChunked(column, numbers.length);
    for (const chunk of column.chunks) expect(chunk).toBeInstanceOf(Uint32Array);
    expect(columnToArray(column)).toEqual(numbers);
    expect(columnAt(column, 123_457)).toBe(numbers[123_457]);
  });

  it('keeps every number exactly when one past 4 bytes arrives late', () => {
    const numbers = Array.from({ length: 150_000 }, (_, i) => i);
    numbers.push(-1, 2 ** 40 + 3, 0.5, 7);
    const recording = filled(numbers);
    expect(recording.get(149_999)).toBe(149_999);
    const column = recording.toColumn();
    expectChunked(column, numbers.length);
    for (const chunk of column.chunks) expect(chunk).toBeInstanceOf(Float64Array);
    expect(columnToArray(column)).toEqual(numbers);
  });

  it('widens when a number past 4 bytes replaces one that fitted', () => {
    const column = filled([1, 2, 3]);
    column.set(1, 2 ** 33);
    expect(columnToArray(column.toColumn())).toEqual([1, 2 ** 33, 3]);
  });

  it('widens on request, for a rewrite in place to larger numbers', () => {
    const column = filled(Array.from({ length: 10_000 }, (_, i) => i));
    column.widen();
    const out = column.toColumn();
    for (const chunk of out.chunks) {
      expect(chunk).toBeInstanceOf(Float64Array);
      for (let i = 0; i < chunk.length; i++) chunk[i] *= 2 ** 30;
    }
    expect(columnAt(out, 9_999)).toBe(9_999 * 2 ** 30);
  });

  it('hands over no unused room, nor any chunk for an empty column', () => {
    expectChunked(filled([]).toColumn(), 0);
    expect(filled([]).toColumn().chunks).toEqual([]);
    for (const length of [1, 64, 65, COLUMN_CHUNK, COLUMN_CHUNK + 1, 3 * COLUMN_CHUNK - 5])
      expectChunked(filled(Array.from({ length }, (_, i) => i)).toColumn(), length);
  });
});

describe('a column read from a plain array', () => {
  it('is chunked as a recorded one, 4 bytes a number where they all fit, else 8', () => {
    const small = Array.from({ length: 20_000 }, (_, i) => i * 3);
    const narrow = columnFrom(small);
    expectChunked(narrow, small.length);
    for (const chunk of narrow.chunks) expect(chunk).toBeInstanceOf(Uint32Array);
    expect(columnToArray(narrow)).toEqual(small);

    const mixed = [...small, 0.25, 2 ** 45];
    const wide = columnFrom(mixed);
    expectChunked(wide, mixed.length);
    for (const chunk of wide.chunks) expect(chunk).toBeInstanceOf(Float64Array);
    expect(columnToArray(wide)).toEqual(mixed);
    expect(columnFrom([])).toEqual({ length: 0, chunks: [] });
  });
});

describe('forEachStretch', () => {
  it('visits exactly the numbers of a stretch, in order, across chunk boundaries', () => {
    const numbers = Array.from({ length: 3 * COLUMN_CHUNK + 10 }, (_, i) => i * 3);
    const column = filled(numbers).toColumn();
    const stretches: Array<[number, number]> = [
      [0, 0],
      [5, 6],
      [COLUMN_CHUNK - 3, COLUMN_CHUNK + 4],
      [10, 3 * COLUMN_CHUNK + 10],
      [2 * COLUMN_CHUNK, 3 * COLUMN_CHUNK],
    ];
    for (const [from, to] of stretches) {
      const seen: number[] = [];
      forEachStretch(column, from, to, (chunk, first, end) => {
        for (let j = first; j < end; j++) seen.push(chunk[j]);
      });
      expect(seen, `${from}..${to}`).toEqual(numbers.slice(from, to));
    }
  });
});
