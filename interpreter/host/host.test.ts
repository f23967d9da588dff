import { describe, expect, it } from 'vitest';
import { run, stepCount } from '../index';
import { lookupResponse, parseFetchPragmas } from './fetch';

const printed = (source: string, options: Parameters<typeof run>[1] = {}) =>
  run(source, options).console.map((l) => l.text);

describe('@fetch pragmas', () => {
  it('read latency, status, error and body, with defaults', () => {
    const table = parseFetchPragmas(
      [
        '// @fetch /api/user 300ms {"name":"Ada"}',
        '// @fetch /api/missing 50ms 404 not here',
        '//@fetch /api/down 20ms error',
        '// @fetch /plain',
        'const x = 1; // @fetch /not-a-pragma 1ms',
      ].join('\n'),
    );
    expect(table).toEqual({
      '/api/user': { latency: 300, body: '{"name":"Ada"}' },
      '/api/missing': { latency: 50, status: 404, body: 'not here' },
      '/api/down': { latency: 20, error: true, body: '' },
      '/plain': { body: '' },
    });
  });

  it('match a URL exactly, or by its path when it is absolute', () => {
    const table = { '/a': { body: 'A' } };
    expect(lookupResponse(table, '/a')).toEqual({ body: 'A' });
    expect(lookupResponse(table, 'http://localhost:8080/a')).toEqual({ body: 'A' });
    expect(lookupResponse(table, '/b')).toBeNull();
  });

  it('are overridden by RunOptions.fetch, and the trace says the fetch was simulated', () => {
    const source =
      "// @fetch /x 10ms from-pragma\nfetch('/x').then((r) => r.text()).then(console.log);";
    expect(printed(source)).toEqual(['from-pragma']);
    const trace = run(source, { fetch: { '/x': { latency: 5, body: 'from-options' } } });
    expect(trace.console.map((l) => l.text)).toEqual(['from-options']);
    expect(trace.notices.join('\n')).toMatch(/fetch is simulated: \/x answers 200 OK after 5 ms/);
  });
});

describe('the virtual clock', () => {
  it('moves only when the loop waits, and performance.now() reads it', () => {
    const source =
      'const t = performance.now(); for (let i = 0; i < 1000; i++) {} setTimeout(() => console.log(performance.now() - t), 250);';
    expect(printed(source, { model: 'browser' })).toEqual(['250']);
    expect(printed(source, { model: 'node' })).toEqual(['250']);
  });
});

describe('the node model', () => {
  it('says when real Node would race a 0 ms timer against setImmediate', () => {
    const race = run('setTimeout(() => {}, 0); setImmediate(() => {});', { model: 'node' });
    expect(race.notices.join('\n')).toMatch(/either order/);
    const noRace = run('setTimeout(() => {}, 50); setImmediate(() => {});', { model: 'node' });
    expect(noRace.notices).toEqual([]);
  });

  it('ends the run on an uncaught error, with the outcome saying so', () => {
    const trace = run(
      "setTimeout(() => { throw new Error('boom'); }, 5); setTimeout(() => console.log('never'), 10);",
      { model: 'node' },
    );
    expect(trace.outcome.kind).toBe('uncaught');
    expect(trace.console.map((l) => l.text).join('\n')).not.toMatch(/never/);
  });

  it('sets a timer past 2^31 - 1 ms to 1 ms, saying that Node would warn on stderr', () => {
    const trace = run(
      "setTimeout(() => console.log('50'), 50);\nsetTimeout(() => console.log('2**31'), 2 ** 31);\nsetInterval(function f() { clearInterval(this); console.log('Infinity'); }, Infinity);",
      { model: 'node' },
    );
    expect(trace.console.map((l) => l.text)).toEqual(['2**31', 'Infinity', '50']);
    expect(trace.notices.join('\n')).toMatch(
      /2147483648 ms prints a TimeoutOverflowWarning.*sets the timer to 1 ms/,
    );
    expect(trace.notices.join('\n')).toMatch(/Infinity ms prints a TimeoutOverflowWarning/);
    expect(run('setTimeout(() => {}, 2 ** 31 - 1);', { model: 'node' }).notices).toEqual([]);
  });
});

describe('the browser model', () => {
  it('goes on after an uncaught error', () => {
    const trace = run(
      "setTimeout(() => { throw new Error('boom'); }, 5); setTimeout(() => console.log('later'), 10);",
      { model: 'browser' },
    );
    expect(trace.outcome.kind).toBe('completed');
    expect(trace.console.map((l) => `${l.level} ${l.text.split('\n')[0]}`)).toEqual([
      'error Uncaught Error: boom',
      'log later',
    ]);
  });

  for (const [handler, feature] of [
    ["'tick()'", 'setTimeout with code in a string'],
    ['{ toString: () => "tick()" }', 'setTimeout with an object as its handler'],
  ]) {
    it(`stops at ${feature}, which Chromium would compile and run, after what ran before`, () => {
      const trace = run(`console.log('before');\nsetTimeout(${handler}, 10);\n`, {
        model: 'browser',
      });
      expect(trace.console.map((l) => l.text)).toEqual(['before']);
      expect(trace.outcome.kind).toBe('unsupported');
      if (trace.outcome.kind !== 'unsupported') return;
      expect(trace.outcome.diagnostic.message).toBe(`not supported yet: ${feature} at 2:1`);
    });
  }

  it('stops a runaway animation loop at the step limit, keeping the trace so far', () => {
    const trace = run('function f() { requestAnimationFrame(f); } f();', {
      model: 'browser',
      stepLimit: 2000,
    });
    expect(trace.outcome).toEqual({ kind: 'step-limit', limit: 2000 });
    expect(stepCount(trace)).toBeGreaterThanOrEqual(2000);
  });
});
