/**
 * How a run ends when the program cannot run to its end: the step limit, and constructs the
 * interpreter refuses before running anything; and what a run leaves behind it.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { listPrograms, readProgram } from './conformance/harness';
import {
  decodeEvents,
  DEFAULT_STEP_LIMIT,
  run,
  snapshotAt,
  stepCount,
  stepRange,
  traceFromJSON,
  traceFromPlain,
  traceToJSON,
  type PlainTrace,
} from './index';

describe('the step limit', () => {
  it('is at least a million fine steps by default', () => {
    expect(DEFAULT_STEP_LIMIT).toBeGreaterThanOrEqual(1_000_000);
  });

  it('ends an endless loop with the trace so far and an outcome that says so', () => {
    const trace = run("console.log('before the loop');\nlet n = 0;\nwhile (true) { n++; }\n", {
      model: 'node',
      stepLimit: 5_000,
    });
    expect(trace.outcome).toEqual({ kind: 'step-limit', limit: 5_000 });
    expect(trace.console.map((l) => l.text)).toEqual(['before the loop']);
    expect(stepCount(trace)).toBeGreaterThanOrEqual(5_000);
    // The last steps are in the loop (line 3), where the program was when it stopped.
    const lastStart = stepRange(trace, 4_999)[0];
    expect(trace.source.slice(0, lastStart).split('\n').length).toBe(3);
  });

  it('ends endless recursion through callbacks and endless microtasks too', () => {
    for (const source of [
      'function f() { [1].forEach(() => {}); f2(); } function f2() { try { f(); } catch { f(); } } f();',
      'function again() { Promise.resolve().then(again); } again();',
      'setInterval(() => {}, 1);',
    ]) {
      const trace = run(source, { model: 'node', stepLimit: 20_000 });
      expect(trace.outcome.kind, source).toBe('step-limit');
    }
  });

  it('is a CLI flag', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loopscope-'));
    const file = join(dir, 'loop.js');
    writeFileSync(file, "console.log('before');\nfor (;;) {}\n");
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>(
      (resolve) => {
        execFile(
          process.execPath,
          ['--import', 'tsx', cli, 'run', file, '--model', 'node', '--step-limit', '2000'],
          (error, stdout, stderr) => {
            resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
          },
        );
      },
    );
    expect(result.stdout).toBe('before\n');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('step limit (2000 steps)');
  });
});

describe('the trace command', () => {
  it('writes the trace as JSON: plain arrays, the same snapshots as run()', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loopscope-'));
    const file = join(dir, 'ticks.js');
    const out = join(dir, 'ticks.json');
    const source =
      "setTimeout(() => console.log('task'));\nPromise.resolve().then(() => console.log('job'));\n";
    writeFileSync(file, source);
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    await new Promise<void>((resolve, reject) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', cli, 'trace', file, '--model', 'node', '--out', out],
        (error) => (error ? reject(error) : resolve()),
      ),
    );
    const json = readFileSync(out, 'utf8');
    const plain = JSON.parse(json) as PlainTrace;
    expect(Array.isArray(plain.steps) && Array.isArray(plain.events)).toBe(true);
    const written = traceFromJSON(json);
    const trace = run(source, { model: 'node' });
    expect(stepCount(written)).toBe(stepCount(trace));
    for (let step = 0; step < stepCount(trace); step++)
      expect(snapshotAt(written, step)).toEqual(snapshotAt(trace, step));
  });

  it('refuses a trace of another version, saying which', () => {
    const older = { ...JSON.parse(traceToJSON(run('let x = 1;'))), version: 2 } as PlainTrace;
    expect(() => traceFromPlain(older)).toThrow(
      'This is a version 2 trace; this Loopscope reads version 3',
    );
  });
});

describe('constructs the interpreter does not run', () => {
  /** The code, the feature named, and the token the position points at. */
  const refused: Array<[string, string, string]> = [
    ['with (obj) { x; }', 'with statements', 'with'],
    ["eval('1 + 1');", 'eval', 'eval'],
    ['new Proxy({}, {});', 'Proxy', 'Proxy'],
    ["import('./other.js');", 'import() (modules)', 'import'],
    ["require('fs');", 'require (modules)', 'require'],
    ['new Date();', 'Date', 'Date'],
    ['new Uint8Array(4);', 'typed arrays (Uint8Array)', 'Uint8Array'],
    ['new Intl.NumberFormat();', 'Intl', 'Intl'],
  ];

  for (const [code, feature, token] of refused) {
    it(`refuses ${feature} before running, naming it and its line:column`, () => {
      const source = `console.log('this must not print');\nconst obj = {};\n  ${code}\n`;
      const trace = run(source, { model: 'node' });
      expect(trace.outcome.kind).toBe('unsupported');
      if (trace.outcome.kind !== 'unsupported') return;
      expect(trace.outcome.feature).toContain(feature);
      const column = 3 + code.indexOf(token);
      expect(trace.outcome.diagnostic.line).toBe(3);
      expect(trace.outcome.diagnostic.column).toBe(column);
      expect(trace.outcome.diagnostic.message).toBe(
        `not supported yet: ${trace.outcome.feature} at 3:${column}`,
      );
      // Nothing ran: no console line, no step.
      expect(trace.console).toEqual([]);
      expect(decodeEvents(trace).filter((e) => e.type === 'console')).toEqual([]);
    });
  }

  it('counts lines as the parser does: \\r\\n, \\r and \\u2028 end a line too', () => {
    const trace = run('console.log(1);\r\nlet a;\r  a = 1;\u2028 new Date();\n', { model: 'node' });
    expect(trace.outcome.kind).toBe('unsupported');
    if (trace.outcome.kind !== 'unsupported') return;
    expect(trace.outcome.diagnostic.message).toMatch(/^not supported yet: Date .* at 4:6$/);
  });

  it('runs a program that declares its own names for them', () => {
    const trace = run(
      "function eval(s) { return 'mine: ' + s; } const Proxy = 1; console.log(eval('x'), Proxy);",
      { model: 'node' },
    );
    expect(trace.outcome.kind).toBe('completed');
    expect(trace.console.map((l) => l.text)).toEqual(['mine: x 1']);
  });

  it('stops, saying so, where storage it does not have is needed at run time', () => {
    const trace = run("console.log('start');\nconst a = [];\na.length = 4294967295;\n", {
      model: 'node',
    });
    expect(trace.outcome.kind).toBe('unsupported');
    if (trace.outcome.kind !== 'unsupported') return;
    expect(trace.outcome.diagnostic.line).toBe(3);
    expect(trace.console.map((l) => l.text)).toEqual(['start']);
  });

  it('stops, saying so, at an expression nested deeper than its host stack allows', () => {
    // Where the host stack ends depends on the host (and on what the JIT has compiled), so the
    // depth grows until evaluation gives up; the parser gives up a little deeper.
    const outcomes: string[] = [];
    for (let depth = 2500; depth <= 6000; depth += 500) {
      // An optional call innermost (a chain has no plain evaluator: suspends.ts), so that every
      // `+` on the chain is evaluated by a host generator.
      const terms = ['id?.(x)', ...Array.from({ length: depth }, () => 'x')].join(' + ');
      const source = `let x = 1;\nconst id = (v) => v;\nconsole.log('before');\nconsole.log(${terms});\n`;
      const trace = run(source, { model: 'node' });
      outcomes.push(trace.outcome.kind);
      if (trace.outcome.kind === 'unsupported') {
        expect(trace.outcome.feature).toBe('code nested this deeply');
        expect(trace.console.length).toBeLessThanOrEqual(1);
      } else if (trace.outcome.kind === 'completed') {
        expect(trace.console.map((l) => l.text)).toEqual(['before', String(depth + 1)]);
      } else expect(trace.outcome.kind).toBe('syntax-error');
    }
    expect(outcomes).toContain('unsupported');
  });
});

describe('between runs', () => {
  it('keeps nothing of a trace once the caller drops it, though it keeps the run’s objects (keepAlive.ts)', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const source = 'const xs = [];\nfor (let i = 0; i < 2000; i++) xs.push(Promise.resolve(i));\n';
    // The trace is dropped when this function returns; only a weak reference to its events remains.
    const events = ((): WeakRef<object> => {
      const trace = run(source, { model: 'node' });
      expect(stepCount(trace)).toBeGreaterThan(2000);
      return new WeakRef(trace.events.chunks[0]);
    })();
    // A WeakRef's target stays alive until the current job ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(events.deref()).toBeUndefined();
  });

  it('gives a program the same trace whatever ran before it (the app runs program after program in one worker)', async () => {
    // Two instances of the interpreter's modules run every conformance program, one in order,
    // the other in reverse: each program comes after a different history in each.
    vi.resetModules();
    const forward = (await import('./index')) as typeof import('./index');
    vi.resetModules();
    const backward = (await import('./index')) as typeof import('./index');
    const programs = listPrograms();
    const models = ['node', 'browser'] as const;
    const traceOf = (interpreter: typeof forward, i: number) => {
      const trace = interpreter.run(readProgram(programs[i]), { model: models[i % 2] });
      return createHash('sha1').update(interpreter.traceToJSON(trace)).digest('hex');
    };
    const first = programs.map((_, i) => traceOf(forward, i));
    const second: string[] = [];
    for (let i = programs.length - 1; i >= 0; i--) second[i] = traceOf(backward, i);
    const differing = programs.filter((_, i) => first[i] !== second[i]);
    expect(programs.length).toBeGreaterThan(400);
    expect(differing).toEqual([]);
  });
});
