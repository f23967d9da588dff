/**
 * The gallery never lies: every example runs in the interpreter, and those that Node can run are
 * run in real Node (a child process) and must print exactly what our interpreter prints.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../interpreter/index';
import { EXAMPLES } from './examples';

/** Examples real Node cannot serve as the oracle for, and why. */
const NOT_COMPARABLE_IN_NODE: Record<string, string> = {
  fetch: 'browser model: fetch is simulated with a virtual latency; Node would reach the network',
  raf: 'browser model: requestAnimationFrame does not exist in Node',
  'uncaught-in-task': 'browser model: Chromium reports the error and goes on; Node exits',
  starvation: 'never ends by design: it is shown up to the step limit',
};

const dir = mkdtempSync(join(tmpdir(), 'loopscope-examples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runInNode(source: string): string {
  const file = join(dir, 'example.js');
  writeFileSync(file, source);
  return execFileSync(process.execPath, [file], { encoding: 'utf8', timeout: 10_000 });
}

describe('the examples gallery', () => {
  it('has at least 15 examples, each with an id, a title and one line on what to watch', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(15);
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    for (const e of EXAMPLES) {
      expect(e.title.length).toBeGreaterThan(3);
      expect(e.watch.length).toBeLessThanOrEqual(110);
      expect(e.watch).not.toContain('\n');
    }
  });

  for (const example of EXAMPLES) {
    it(`${example.id}: runs in the ${example.model} model${NOT_COMPARABLE_IN_NODE[example.id] ? '' : ' and prints what real Node prints'}`, () => {
      const trace = run(example.source, { model: example.model, stepLimit: 50_000 });
      expect(trace.outcome.kind).not.toBe('syntax-error');
      if (trace.outcome.kind === 'unsupported') {
        // Not yet runnable: the interpreter says so by name, and the stage shows nothing false.
        expect(trace.outcome.feature.length).toBeGreaterThan(0);
        return;
      }
      if (example.id === 'starvation') {
        expect(trace.outcome.kind).toBe('step-limit');
        expect(trace.console).toEqual([]);
        return;
      }
      if (NOT_COMPARABLE_IN_NODE[example.id]) return;
      expect(trace.outcome.kind).toBe('completed');
      expect(trace.console.map((l) => l.text).join('\n')).toBe(runInNode(example.source).trimEnd());
    });
  }
});
