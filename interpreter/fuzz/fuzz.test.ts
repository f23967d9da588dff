import { describe, expect, it } from 'vitest';
import { run } from '../index';
import { acceptable, generateProgram, programSeed } from './generate';
import { fuzz } from './runner';

/** Fixed, so that `npm test` is repeatable; `npm run fuzz -- --seed S` explores others. */
const SEED = 20_240_611;
const COUNT = 300;

describe('the program generator', () => {
  it('is deterministic for a seed', () => {
    expect(generateProgram(programSeed(SEED, 7), { model: 'node' })).toBe(
      generateProgram(programSeed(SEED, 7), { model: 'node' }),
    );
  });
  it('writes programs the interpreter runs to completion', () => {
    for (let i = 0; i < 40; i++) {
      const trace = run(generateProgram(programSeed(SEED, i), { model: 'node' }), {
        model: 'node',
      });
      expect(['completed'], `program ${i}`).toContain(trace.outcome.kind);
    }
  });
  it('rejects programs whose timers fall due too close together', () => {
    const close = run('setTimeout(() => {}, 50); setTimeout(() => {}, 70);', { model: 'node' });
    const apart = run(
      'setTimeout(() => {}, 50); setTimeout(() => {}, 100); setTimeout(() => {}, 100);',
      { model: 'node' },
    );
    expect(acceptable(close)).toBe(false);
    expect(acceptable(apart)).toBe(true);
  });
});

describe(`differential fuzzing against real Node (${COUNT} programs, seed ${SEED})`, () => {
  it('finds no difference', async () => {
    const report = await fuzz({ seed: SEED, count: COUNT, concurrency: 4 });
    const described = report.mismatches.map(
      (m) =>
        `program ${m.index} (seed ${m.seed}):\n${m.source}\n--- node\n${m.node.stdout}${m.node.stderr}--- loopscope\n${m.loopscope.stdout}${m.loopscope.stderr}`,
    );
    expect(described).toEqual([]);
  }, 600_000);
});
