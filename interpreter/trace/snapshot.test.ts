import { describe, expect, it } from 'vitest';
import { listPrograms, readProgram, runtimesOf } from '../conformance/harness';
import { generateProgram, programSeed } from '../fuzz/generate';
import { run } from '../index';
import type { Model, Snapshot, Trace } from './types';
import { applyEvent, emptySnapshot, isEventStep, snapshotAt, stepCount } from './snapshot';

/** The snapshot at `step` the slow way: every event from the start, folded one by one. */
function foldAll(trace: Trace, step: number): Snapshot {
  const s = emptySnapshot();
  for (let i = 0; i < trace.steps.eventEnd[step]; i++) applyEvent(s, trace.events[i]);
  return s;
}

/** A deterministic spread of steps: the first, the last, keyframe edges and pseudo-random ones. */
function sampleSteps(trace: Trace, count: number): number[] {
  const n = stepCount(trace);
  const k = trace.keyframeInterval;
  const steps = new Set([
    0,
    n - 1,
    Math.min(k, n - 1),
    Math.min(k - 1, n - 1),
    Math.min(k + 1, n - 1),
  ]);
  let x = n * 7919;
  for (let i = 0; i < count; i++) {
    x = (x * 48271) % 2147483647;
    steps.add(x % n);
  }
  return [...steps];
}

const orderingPrograms = listPrograms().filter((p) => p.startsWith('ordering/'));
/** A spread of programs: every fifth ordering program (in its first runtime) and some generated ones. */
const cases: { name: string; source: string; model: Model }[] = [
  ...orderingPrograms
    .filter((_, i) => i % 5 === 0)
    .map((p) => {
      const source = readProgram(p);
      return { name: p, source, model: (runtimesOf(source)[0] ?? 'node') as Model };
    }),
  ...[0, 1, 2, 3, 4].map((i) => ({
    name: `generated #${i}`,
    source: generateProgram(programSeed(99, i), { model: 'node' }),
    model: 'node' as Model,
  })),
];

describe('snapshots rebuilt from keyframes', () => {
  it('cover a spread of programs', () => expect(cases.length).toBeGreaterThan(30));
  for (const c of cases) {
    it(`equal the fold of every event (${c.name}, ${c.model})`, () => {
      // A small interval makes many keyframes, so that most steps sit between two of them.
      const trace = run(c.source, { model: c.model, keyframeInterval: 16 });
      expect(stepCount(trace)).toBeGreaterThan(1);
      for (const step of sampleSteps(trace, 60))
        expect(snapshotAt(trace, step), `step ${step}`).toEqual(foldAll(trace, step));
    });
  }
});

describe('the trace', () => {
  const source = readProgram('ordering/classic-async1-async2.js');

  it('is plain JSON: it survives a round trip unchanged', () => {
    const trace = run(source, { model: 'browser' });
    expect(JSON.parse(JSON.stringify(trace))).toEqual(trace);
  });

  it('keeps one row per step and a keyframe every keyframeInterval steps', () => {
    const trace = run(source, { model: 'node', keyframeInterval: 8 });
    const n = stepCount(trace);
    expect(trace.steps.end.length).toBe(n);
    expect(trace.steps.eventEnd.length).toBe(n);
    expect(trace.keyframes.map((k) => k.step)).toEqual(
      Array.from({ length: Math.ceil(n / 8) }, (_, i) => i * 8),
    );
    for (let i = 1; i < n; i++)
      expect(trace.steps.eventEnd[i]).toBeGreaterThanOrEqual(trace.steps.eventEnd[i - 1]);
  });

  it('gives event steps and fine steps from the same run', () => {
    const trace = run(source, { model: 'node' });
    const n = stepCount(trace);
    const eventSteps = Array.from({ length: n }, (_, i) => i).filter((i) => isEventStep(trace, i));
    expect(eventSteps.length).toBeGreaterThan(5);
    expect(eventSteps.length).toBeLessThan(n);
  });

  it('names every queued microtask with its kind, and reactions with their promise', () => {
    const trace = run(
      'const t = { then(r) { r(1) } }; (async () => { await t; })(); Promise.resolve().then(() => {}); queueMicrotask(() => {}); process.nextTick(() => {});',
      { model: 'node' },
    );
    const jobs = trace.events.flatMap((e) => (e.type === 'job-enqueue' ? [e.job] : []));
    expect(new Set(jobs.map((j) => j.kind))).toEqual(
      new Set([
        'resolve-thenable',
        'await-continuation',
        'promise-reaction',
        'queueMicrotask',
        'nextTick',
      ]),
    );
    const promises = new Set(
      trace.events.flatMap((e) => (e.type === 'promise' ? [e.promise.id] : [])),
    );
    for (const job of jobs) {
      if (job.kind === 'queueMicrotask' || job.kind === 'nextTick')
        expect(job.promiseId).toBeNull();
      else expect(promises.has(job.promiseId!), `${job.kind} ${job.label}`).toBe(true);
    }
  });

  it('shows a suspended async function with the promise it waits for, until it resumes', () => {
    const trace = run(
      'async function doStuff() { await null; await new Promise((r) => setTimeout(r, 10)); } doStuff();',
      { model: 'browser' },
    );
    const waits = new Set<number | null>();
    let sawEmpty = false;
    for (let step = 0; step < stepCount(trace); step++) {
      const s = snapshotAt(trace, step);
      const suspended = s.suspended ?? [];
      for (const entry of suspended) {
        expect(entry.name).toBe('doStuff');
        expect(entry.reason).toBe('await');
        expect(typeof entry.waitingOn).toBe('number');
        waits.add(entry.waitingOn);
      }
      if (waits.size > 0 && suspended.length === 0) sawEmpty = true;
    }
    expect(waits.size).toBe(2);
    expect(sawEmpty).toBe(true);
    expect(Object.values(trace.captions)).toContain(
      `await suspends doStuff; its continuation waits for promise #${[...waits][0]}`,
    );
  });

  it('puts a timer in the task queue only once it is due', () => {
    const trace = run('setTimeout(function later() {}, 100); setTimeout(function now() {}, 0);', {
      model: 'browser',
    });
    for (let step = 0; step < stepCount(trace); step++) {
      const s = snapshotAt(trace, step);
      if (s.tasks.some((t) => t.label === 'later')) expect(s.time).toBeGreaterThanOrEqual(100);
      if (s.hostWork.some((w) => w.label === 'later')) expect(s.time).toBeLessThan(100);
    }
    const laterQueued = trace.events.some(
      (e) => e.type === 'task-enqueue' && e.task.label === 'later',
    );
    expect(laterQueued).toBe(true);
  });

  it('lists the reactions waiting on a pending promise, in registration order', () => {
    const trace = run(
      'const p = new Promise(() => {}); p.then(function a() {}); p.catch(function b() {}); p.finally(function c() {});',
      {
        model: 'node',
      },
    );
    const last = snapshotAt(trace, stepCount(trace) - 1);
    const p = last.promises.find((x) => x.origin === 'new Promise')!;
    expect(p.state).toBe('pending');
    expect(p.reactions).toBe(3);
    expect(p.waiting!.map((r) => r.label)).toEqual(['then a', 'catch b', 'finally c']);
  });
});
