/**
 * Unbounded recursion is the program's catchable RangeError, and the host stack never runs out
 * first: checked in a Node started with a Chromium worker's stack size (about 450 KB; Node's
 * own is 984 KB), through every way interpreted code can nest.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HOST_DEPTH_NOTICE, HOST_STACK_NOTICE, MAX_CALL_DEPTH, MAX_HOST_DEPTH } from '../agent';
import { run } from '../index';

function runFixture(): Promise<Record<string, { text: string; notices: string[] }>> {
  const fixture = fileURLToPath(new URL('./stackDepth.fixture.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--stack-size=450', '--import', 'tsx', fixture],
      { maxBuffer: 1 << 24, timeout: 300_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout) as Record<string, { text: string; notices: string[] }>);
      },
    );
  });
}

describe('recursion depth', () => {
  it('lets direct recursion go about as deep as V8 before its RangeError', () => {
    const trace = run(
      'let d = 0; function f() { d++; f(); } try { f(); } catch (e) { console.log(e instanceof RangeError, e.message, d); }',
      {
        model: 'node',
      },
    );
    expect(trace.console.map((l) => l.text)).toEqual([
      `true Maximum call stack size exceeded ${MAX_CALL_DEPTH - 1}`,
    ]);
  });

  it('says in the trace when callbacks nested through builtins stop sooner than in V8', () => {
    // A tree walked by forEach, deeper than MAX_HOST_DEPTH: V8 would go on.
    const walk = (depth: number) =>
      run(
        `let tree = {}; for (let i = 0; i < ${depth}; i++) tree = { children: [tree] };
         let seen = 0; const visit = (n) => { seen++; (n.children ?? []).forEach(visit); };
         try { visit(tree); console.log(seen); } catch (e) { console.log(e.message); }`,
        { model: 'node' },
      );
    const shallow = walk(MAX_HOST_DEPTH - 10);
    expect(shallow.console.map((l) => l.text)).toEqual([String(MAX_HOST_DEPTH - 9)]);
    expect(shallow.notices).not.toContain(HOST_DEPTH_NOTICE);
    const deep = walk(MAX_HOST_DEPTH + 10);
    expect(deep.console.map((l) => l.text)).toEqual(['Maximum call stack size exceeded']);
    expect(deep.notices).toContain(HOST_DEPTH_NOTICE);
  });

  it('gives the program the RangeError of V8 for data nested past the host stack, and says so', () => {
    // V8 itself throws this at a few thousand levels (String and JSON.stringify recurse).
    const trace = run(
      `let nested = []; for (let i = 0; i < 100000; i++) nested = [nested];
       for (const show of [String, JSON.stringify])
         try { show(nested); } catch (e) { console.log(e.name, e.message); }
       console.log('goes on');`,
      { model: 'node' },
    );
    expect(trace.outcome.kind).toBe('completed');
    expect(trace.console.map((l) => l.text)).toEqual([
      'RangeError Maximum call stack size exceeded',
      'RangeError Maximum call stack size exceeded',
      'goes on',
    ]);
    expect(trace.notices).toContain(HOST_STACK_NOTICE);
  });

  it('ends every shape of unbounded recursion in the program, within a worker-sized host stack', async () => {
    const results = await runFixture();
    expect(Object.keys(results).length).toBeGreaterThan(15);
    for (const [shape, { text, notices }] of Object.entries(results)) {
      expect(text, shape).toMatch(/^true Maximum call stack size exceeded \d+$/);
      // The interpreter's own limits fired, not the host stack.
      expect(notices, shape).toEqual([]);
      const depth = Number(text.split(' ').pop());
      expect(depth, shape).toBeGreaterThanOrEqual(Math.min(MAX_HOST_DEPTH, MAX_CALL_DEPTH) - 1);
    }
  }, 300_000);
});
