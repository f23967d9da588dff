import { describe, expect, it } from 'vitest';
import { run } from '../index';
import {
  decodeEvents,
  eventCount,
  eventEndAt,
  scopesAt,
  snapshotAt,
  stepCount,
  stepRange,
} from './snapshot';

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

describe('binding events', () => {
  it('name their bindings when new names follow hundreds of scopes, in 4 bytes an event', () => {
    // While recording, a binding event's name span grows with the names (see
    // Recorder.bindingNameSpans): 300 scopes with one name each, then one with 100 names.
    const names = Array.from({ length: 100 }, (_, i) => `n${i}`);
    const source = `function f(i) { let a = i; return a; }
for (let i = 0; i < 300; i++) f(i);
function g() { let ${names.map((n, i) => `${n} = ${i}`).join(', ')}; return n99; }
g();
`;
    const trace = run(source, { model: 'node' });
    expect(trace.outcome).toEqual({ kind: 'completed' });
    for (const chunk of trace.events.chunks) expect(chunk).toBeInstanceOf(Uint32Array);
    const bindings = decodeEvents(trace).flatMap((e) => (e.type === 'binding' ? [e] : []));
    const ofF = bindings.filter((e) => e.name === 'a');
    expect(new Set(ofF.map((e) => e.scope)).size).toBe(300);
    const ofG = bindings.filter((e) => e.name.startsWith('n'));
    expect(new Set(ofG.map((e) => e.name))).toEqual(new Set(names));
    expect(new Set(ofG.map((e) => e.scope)).size).toBe(1);
    expect(Math.min(...ofG.map((e) => e.scope))).toBeGreaterThan(
      Math.max(...ofF.map((e) => e.scope)),
    );

    const at = source.indexOf('return n99');
    const step = Array.from({ length: stepCount(trace) }, (_, i) => i).find(
      (i) => stepRange(trace, i)[0] === at,
    )!;
    const top = snapshotAt(trace, step).stack.at(-1)!;
    const local = scopesAt(trace, step, top.id)[0];
    expect(local.bindings.map((b) => `${b.name}=${b.preview}`)).toEqual(
      names.map((n, i) => `${n}=${i}`),
    );
  });
});
