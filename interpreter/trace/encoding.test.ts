import { describe, expect, it } from 'vitest';
import { run } from '../index';
import { NumberColumn } from './encoding';
import { eventCount, eventEndAt, stepCount } from './snapshot';

const filled = (numbers: number[]): NumberColumn => {
  const column = new NumberColumn();
  for (const n of numbers) column.push(n);
  return column;
};

describe('NumberColumn', () => {
  it('keeps 4 bytes a number while every number fits, across chunks', () => {
    const numbers = Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 2 ** 32);
    const out = filled(numbers).finish();
    expect(out).toBeInstanceOf(Uint32Array);
    expect(Array.from(out)).toEqual(numbers);
  });

  it('keeps every number exactly when one past 4 bytes arrives late', () => {
    const numbers = Array.from({ length: 150_000 }, (_, i) => i);
    numbers.push(-1, 2 ** 40 + 3, 0.5, 7);
    const column = filled(numbers);
    expect(column.get(149_999)).toBe(149_999);
    const out = column.finish();
    expect(out).toBeInstanceOf(Float64Array);
    expect(Array.from(out)).toEqual(numbers);
  });

  it('widens when a number past 4 bytes replaces one that fitted', () => {
    const column = filled([1, 2, 3]);
    column.set(1, 2 ** 33);
    expect(Array.from(column.finish())).toEqual([1, 2 ** 33, 3]);
  });

  it('narrows again when a rewrite leaves every number within 4 bytes', () => {
    const column = filled([2 ** 35, 2 ** 36, 5]);
    column.rewrite((chunk, n) => {
      for (let i = 0; i < n; i++) chunk[i] = chunk[i] % 1000;
      return false;
    });
    const out = column.finish();
    expect(out).toBeInstanceOf(Uint32Array);
    expect(Array.from(out)).toEqual([2 ** 35 % 1000, 2 ** 36 % 1000, 5]);
  });
});

describe('recorded steps', () => {
  it('end where their events end, even when one step records thousands of events', () => {
    // A step's own event count is part of its recorded number (see encodeRecordedStep): 3,000
    // bindings declared in one step make it too large for 4 bytes.
    const names = Array.from({ length: 3000 }, (_, i) => `v${i}`);
    const source = `function f() { let ${names.join(', ')}; return 1; }\nf();\nconsole.log('done');`;
    const trace = run(source, { model: 'node' });
    expect(trace.outcome).toEqual({ kind: 'completed' });
    const ends = Array.from({ length: stepCount(trace) }, (_, i) => eventEndAt(trace, i));
    for (let i = 1; i < ends.length; i++) expect(ends[i]).toBeGreaterThanOrEqual(ends[i - 1]);
    expect(ends[ends.length - 1]).toBe(eventCount(trace));
    expect(Math.max(...ends.map((end, i) => end - (i === 0 ? 0 : ends[i - 1])))).toBeGreaterThan(
      3000,
    );
  });
});
