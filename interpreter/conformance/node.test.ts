import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  knownDifferences,
  listPrograms,
  normalize,
  normalizeCrash,
  PROGRAMS_DIR,
  readProgram,
  runInLoopscope,
  runInNode,
  runtimesOf,
  sameOutput,
  TIMING_RETRIES,
  type Output,
} from './harness';

const programs = listPrograms().filter((p) => runtimesOf(readProgram(p)).includes('node'));
const browserOnly = listPrograms().filter((p) => !runtimesOf(readProgram(p)).includes('node'));
const known = knownDifferences();
const fromNode = new Map<string, Output>();
/**
 * Browser-only programs run in Node only to show they behave differently there. Some never end
 * in Node (an open MessagePort keeps it alive); cut off, they differ, as they should.
 */
const BROWSER_ONLY_TIMEOUT_MS = 3_000;

beforeAll(async () => {
  // Real Node runs every program first, a few at a time (the machines have two cores).
  const queue = [...programs, ...browserOnly];
  const worker = async () => {
    for (let p = queue.shift(); p; p = queue.shift()) {
      const timeout = browserOnly.includes(p) ? BROWSER_ONLY_TIMEOUT_MS : undefined;
      fromNode.set(p, await runInNode(join(PROGRAMS_DIR, p), timeout));
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}, 600_000);

describe('conformance with real Node (node model)', () => {
  it('has programs to compare', () => expect(programs.length).toBeGreaterThan(0));
  for (const program of programs) {
    const test = known[program] ? it.skip : it;
    test(program, async () => {
      const actual = runInLoopscope(readProgram(program), 'node');
      let expected = fromNode.get(program)!;
      for (let retry = 0; retry < TIMING_RETRIES && !sameOutput(actual, expected); retry++) {
        expected = await runInNode(join(PROGRAMS_DIR, program));
      }
      expect(normalize(actual.stdout), 'stdout').toBe(normalize(expected.stdout));
      expect(actual.exitCode, 'exit code').toBe(expected.exitCode);
      if (expected.exitCode !== 0)
        expect(normalizeCrash(actual.stderr), 'stderr').toBe(normalizeCrash(expected.stderr));
      else expect(normalize(actual.stderr), 'stderr').toBe(normalize(expected.stderr));
    });
  }
});

// A program marked browser-only must really differ in Node, or Node would be left unchecked.
// Its browser-model output stands for Chromium's: the Chromium suite proves them equal.
describe('browser-only programs (header check)', () => {
  for (const program of browserOnly) {
    it(`${program} behaves differently in Node`, () => {
      const inBrowserModel = runInLoopscope(readProgram(program), 'browser');
      expect(
        sameOutput(fromNode.get(program)!, inBrowserModel),
        'behaves the same in Node: mark it `// @runtimes node browser`',
      ).toBe(false);
    });
  }
});

describe('the known-differences list', () => {
  it('names only programs that exist, each with a reason', () => {
    for (const [program, reason] of Object.entries(known)) {
      expect(programs, program).toContain(program);
      expect(reason.length, program).toBeGreaterThan(10);
    }
  });
});
