/**
 * The call stack's locals (scopesAt): what each frame's scopes hold at a step, checked against
 * what the program's own semantics say they must hold there, and value previews checked against
 * Node's util.inspect.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '../index';
import { scopesAt, snapshotAt, stepCount, stepRange } from './snapshot';
import type { Model, ScopeView, Trace } from './types';

/** Steps whose highlighted source starts at `marker`, with the top frame's scopes there. */
function scopesWhere(
  trace: Trace,
  marker: string,
  frameName: string,
): Array<{ step: number; frameId: number; scopes: ScopeView[] }> {
  const at = trace.source.indexOf(marker);
  expect(at, marker).toBeGreaterThanOrEqual(0);
  const found = [];
  for (let step = 0; step < stepCount(trace); step++) {
    if (stepRange(trace, step)[0] !== at) continue;
    const top = snapshotAt(trace, step).stack.at(-1);
    if (top?.name !== frameName) continue;
    found.push({ step, frameId: top.id, scopes: scopesAt(trace, step, top.id) });
  }
  return found;
}

const valueOf = (scopes: ScopeView[], kind: ScopeView['kind'], name: string) =>
  scopes.find((s) => s.kind === kind)?.bindings.find((b) => b.name === name);

describe.each<Model>(['browser', 'node'])('locals in the %s model', (model) => {
  it('show a counter closure counting: the n-th call sees count n', () => {
    const source = `function counter() {
  let count = 0;
  return function inc() {
    count++;
    const seen = count;
    return seen;
  };
}
const next = counter();
for (let k = 0; k < 5; k++) next();
`;
    const trace = run(source, { model });
    const returns = scopesWhere(trace, 'return seen', 'inc');
    expect(returns).toHaveLength(5);
    returns.forEach(({ scopes }, i) => {
      expect(scopes.map((s) => s.kind)).toEqual(['local', 'closure', 'script']);
      expect(scopes[1].name).toBe('counter');
      expect(valueOf(scopes, 'local', 'seen')?.preview).toBe(String(i + 1));
      expect(valueOf(scopes, 'closure', 'count')?.preview).toBe(String(i + 1));
      expect(valueOf(scopes, 'script', 'next')?.preview).toBe('[Function: inc]');
    });
    // Before the increment, the closure still holds the previous count.
    const increments = scopesWhere(trace, 'count++', 'inc');
    increments.forEach(({ scopes }, i) =>
      expect(valueOf(scopes, 'closure', 'count')?.preview).toBe(String(i)),
    );
  });

  it('show the parameters of a callback a built-in calls (a sort comparator, a then handler)', () => {
    const source = `const xs = [3, 1, 2];
xs.sort(function byValue(a, b) {
  return a - b;
});
Promise.resolve(7).then(function handle(value) {
  return value;
});
`;
    const trace = run(source, { model });
    const compares = scopesWhere(trace, 'return a - b', 'byValue');
    expect(compares.length).toBeGreaterThan(0);
    for (const { scopes } of compares) {
      expect(scopes[0].kind).toBe('local');
      expect(scopes[0].bindings.map((b) => b.name)).toEqual(['a', 'b']);
      expect(scopes[0].bindings.every((b) => ['1', '2', '3'].includes(b.preview))).toBe(true);
    }
    const handled = scopesWhere(trace, 'return value', 'handle');
    expect(handled).toHaveLength(1);
    expect(valueOf(handled[0].scopes, 'local', 'value')?.preview).toBe('7');
  });

  it('show a let in its temporal dead zone as uninitialized until its declaration runs', () => {
    const source = `function f(a) {
  const before = a;
  let later = a * 2;
  return later;
}
f(21);
`;
    const trace = run(source, { model });
    const [first] = scopesWhere(trace, 'const before', 'f');
    const a = valueOf(first.scopes, 'local', 'a');
    expect(a).toEqual({ name: 'a', preview: '21', initialized: true });
    expect(valueOf(first.scopes, 'local', 'later')).toEqual({
      name: 'later',
      preview: '<uninitialized>',
      initialized: false,
    });
    const [last] = scopesWhere(trace, 'return later', 'f');
    expect(valueOf(last.scopes, 'local', 'later')?.preview).toBe('42');
    expect(valueOf(last.scopes, 'local', 'before')?.preview).toBe('21');
    // A frame that is not on the stack at a step has nothing to show there.
    expect(scopesAt(trace, 0, last.frameId)).toEqual([]);
  });

  it('give each callback of a for-let loop the iteration it captured', () => {
    const source = `const callbacks = [];
for (let i = 0; i < 3; i++) callbacks.push(function show() { return i; });
for (const callback of callbacks) callback();
`;
    const trace = run(source, { model });
    const calls = scopesWhere(trace, 'return i', 'show');
    expect(calls.map(({ scopes }) => valueOf(scopes, 'block', 'i')?.preview)).toEqual([
      '0',
      '1',
      '2',
    ]);
  });

  it('keep an async function’s locals across its await', () => {
    const source = `async function task(n) {
  const doubled = n * 2;
  await null;
  return doubled + 1;
}
task(4);
`;
    const trace = run(source, { model });
    const [resumed] = scopesWhere(trace, 'return doubled', 'task');
    expect(valueOf(resumed.scopes, 'local', 'n')?.preview).toBe('4');
    expect(valueOf(resumed.scopes, 'local', 'doubled')?.preview).toBe('8');
  });

  it('name every binding right when names keep coming after many scopes were recorded', () => {
    // 300 calls record bindings of 300 scopes with few names; then one function declares 70
    // more, so the recorder's name span grows twice with many binding events before it.
    const late = Array.from({ length: 70 }, (_, i) => `v${i}`);
    const source = `function square(x) {
  const y = x * x;
  return y;
}
for (let k = 0; k < 300; k++) square(k);
function many() {
${late.map((name, i) => `  let ${name} = ${i * 3};`).join('\n')}
  return v69;
}
many();
square(7);
`;
    const trace = run(source, { model });
    const squares = scopesWhere(trace, 'return y', 'square');
    expect(squares).toHaveLength(301);
    squares.forEach(({ scopes }, i) => {
      const x = i < 300 ? i : 7;
      expect(valueOf(scopes, 'local', 'x')?.preview).toBe(String(x));
      expect(valueOf(scopes, 'local', 'y')?.preview).toBe(String(x * x));
    });
    const [end] = scopesWhere(trace, 'return v69', 'many');
    const locals = end.scopes.find((s) => s.kind === 'local')?.bindings ?? [];
    expect(locals.map((b) => [b.name, b.preview])).toEqual(
      late.map((name, i) => [name, String(i * 3)]),
    );
  });
});

describe('value previews', () => {
  // Values whose short form does not depend on contents that can change after the write.
  const expressions = [
    `'hi'`,
    `"it's"`,
    `42`,
    `-0`,
    `NaN`,
    `-Infinity`,
    `10n`,
    `true`,
    `null`,
    `undefined`,
    `[1, 2]`,
    `({ a: 1 })`,
    `new Set([1])`,
    `function named() {}`,
    `class K {}`,
    `async function af() {}`,
    `function* g() {}`,
    `Promise.resolve(1)`,
  ];

  it('are what util.inspect prints at depth 0 (Node as the oracle)', () => {
    const source = `${expressions.map((e, i) => `let v${i} = ${e};`).join('\n')}
function probe() { return 0; }
probe();
`;
    const trace = run(source, { model: 'node' });
    const [probe] = scopesWhere(trace, 'return 0', 'probe');
    const module = probe.scopes.find((s) => s.kind === 'script')!;
    expressions.forEach((expression, i) => {
      const expected = inspect(new Function(`return (${expression});`)(), { depth: -1 });
      expect(module.bindings.find((b) => b.name === `v${i}`)?.preview, expression).toBe(expected);
    });
  });
});
