import { describe, expect, it } from 'vitest';
import { listPrograms, readProgram, runtimesOf } from '../conformance/harness';
import { generateProgram, programSeed } from '../fuzz/generate';
import { decodeEvents, run } from '../index';
import { plainTrace, traceBuffers, traceFromJSON, traceToJSON, type PlainTrace } from './json';
import type { Model, Snapshot, Trace, TraceEvent } from './types';
import {
  captionAt,
  emptySnapshot,
  eventAt,
  eventCount,
  eventEndAt,
  isEventStep,
  MAX_SNAPSHOT_PROMISES,
  snapshotAt,
  stepCount,
  stepRange,
} from './snapshot';

const withoutId = <T extends { id: number }>(list: T[], id: number): T[] =>
  list.filter((item) => item.id !== id);

/** The meaning of each event, written the plain way (arrays filtered), as the reference fold. */
function applyEvent(s: Snapshot, event: TraceEvent): void {
  switch (event.type) {
    case 'frame-push':
      s.stack.push(event.frame);
      return;
    case 'frame-pop':
      s.stack = withoutId(s.stack, event.id);
      return;
    case 'job-enqueue':
      s.microtasks.push(event.job);
      return;
    case 'job-dequeue':
      s.microtasks = withoutId(s.microtasks, event.id);
      return;
    case 'task-enqueue':
      s.tasks.push(event.task);
      return;
    case 'task-dequeue':
      s.tasks = withoutId(s.tasks, event.id);
      return;
    case 'host-add':
      s.hostWork.push(event.work);
      return;
    case 'host-remove':
      s.hostWork = withoutId(s.hostWork, event.id);
      return;
    case 'promise':
      s.promises = withoutId(s.promises, event.promise.id);
      s.promises.push(event.promise);
      if (s.promises.length > MAX_SNAPSHOT_PROMISES) s.promises.shift();
      return;
    case 'console':
      s.consoleLength = event.index + 1;
      return;
    case 'phase':
      s.phase = event.phase;
      return;
    case 'time':
      s.time = event.time;
      return;
    case 'suspend': {
      const list = s.suspended!;
      const i = list.findIndex((x) => x.id === event.suspended.id);
      if (i >= 0) list[i] = event.suspended;
      else list.push(event.suspended);
      return;
    }
    case 'resume':
      s.suspended = withoutId(s.suspended!, event.id);
      return;
    case 'binding':
      return;
  }
}

/** The snapshot at `step` the slow way: every event from the start, folded one by one. */
function foldAll(trace: Trace, step: number): Snapshot {
  const s = emptySnapshot();
  for (let i = 0; i < eventEndAt(trace, step); i++) applyEvent(s, eventAt(trace, i));
  return s;
}

const allEvents = (trace: Trace): TraceEvent[] =>
  Array.from({ length: eventCount(trace) }, (_, i) => eventAt(trace, i));

/** A deterministic spread of steps: the first, the last, keyframe edges and pseudo-random ones. */
function sampleSteps(trace: Trace, count: number): number[] {
  const n = stepCount(trace);
  const k = trace.keyframes[1]?.step ?? n;
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
  {
    // Generators suspend and resume too, nested through yield* and left suspended at the end.
    name: 'generators',
    source: [
      'function* inner() { yield 1; yield 2; }',
      'function* outer() { yield* inner(); yield 3; }',
      'for (const x of outer()) console.log(x);',
      'const left = outer(); left.next();',
      'async function waits() { await null; left.next(); }',
      'waits();',
    ].join('\n'),
    model: 'node',
  },
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

  it('survives a JSON round trip: plain arrays as JSON, the same columns read back', () => {
    const trace = run(source, { model: 'browser' });
    const json = traceToJSON(trace);
    const plain = JSON.parse(json) as PlainTrace;
    expect(Array.isArray(plain.events) && Array.isArray(plain.tables.frames)).toBe(true);
    expect(plain).toEqual(plainTrace(trace));
    const read = traceFromJSON(json);
    expect(read).toEqual(trace);
    for (let step = 0; step < stepCount(trace); step++)
      expect(snapshotAt(read, step), `step ${step}`).toEqual(snapshotAt(trace, step));
  });

  it('survives a JSON round trip when its columns span many chunks', () => {
    const long = `let total = 0;
for (let i = 0; i < 20000; i++) total += i;
Promise.resolve(total).then((t) => console.log(t));
`;
    const trace = run(long, { model: 'node' });
    expect(trace.events.chunks.length).toBeGreaterThan(2);
    const json = traceToJSON(trace);
    const read = traceFromJSON(json);
    expect(traceToJSON(read)).toBe(json);
    for (const step of sampleSteps(trace, 40))
      expect(snapshotAt(read, step), `step ${step}`).toEqual(snapshotAt(trace, step));
  });

  it('moves to another thread without copying its columns (structured clone, transferred)', () => {
    const trace = run(source, { model: 'node' });
    const before = Array.from({ length: stepCount(trace) }, (_, i) => snapshotAt(trace, i));
    const json = traceToJSON(trace);
    const moved = structuredClone(trace, { transfer: traceBuffers(trace) });
    // The original's chunks are detached: their memory went with the clone.
    expect(trace.events.chunks[0].length).toBe(0);
    expect(traceToJSON(moved)).toBe(json);
    expect(before).toEqual(before.map((_, i) => snapshotAt(moved, i)));
  });

  it('keeps one row per step and keyframes at least keyframeInterval steps apart, a large one further', () => {
    const trace = run(source, { model: 'node', keyframeInterval: 8 });
    const n = stepCount(trace);
    expect(trace.steps.length).toBe(n);
    const steps = trace.keyframes.map((k) => k.step);
    expect(steps[0]).toBe(0);
    expect(steps.length).toBeGreaterThan(2);
    for (let i = 1; i < steps.length; i++) {
      const k = trace.keyframes[i];
      const size =
        k.stack.length +
        k.microtasks.length +
        k.tasks.length +
        k.hostWork.length +
        k.promises.length +
        k.suspended.length;
      expect(steps[i] - steps[i - 1]).toBeGreaterThanOrEqual(Math.max(8, 4 * size));
    }
    for (let i = 1; i < n; i++)
      expect(eventEndAt(trace, i)).toBeGreaterThanOrEqual(eventEndAt(trace, i - 1));
  });

  it('gives event steps and fine steps from the same run', () => {
    const trace = run(source, { model: 'node' });
    const n = stepCount(trace);
    const eventSteps = Array.from({ length: n }, (_, i) => i).filter((i) => isEventStep(trace, i));
    expect(eventSteps.length).toBeGreaterThan(5);
    expect(eventSteps.length).toBeLessThan(n);
  });

  it('shows every microtask waiting in its queue for at least one step before it runs', () => {
    // A job queued by a function's last act (a return that resolves a promise) and run by the
    // checkpoint right after gets a step of its own, waiting: no job joins and leaves unseen.
    for (const program of orderingPrograms) {
      const source = readProgram(program);
      const trace = run(source, { model: (runtimesOf(source)[0] ?? 'node') as Model });
      const queued = new Set<number>();
      for (const event of decodeEvents(trace))
        if (event.type === 'job-enqueue') queued.add(event.job.id);
      const seen = new Set<number>();
      for (let step = 0; step < stepCount(trace); step++)
        for (const job of snapshotAt(trace, step).microtasks) seen.add(job.id);
      expect(
        [...queued].filter((id) => !seen.has(id)),
        program,
      ).toEqual([]);
    }
  });

  it('names every queued microtask with its kind, and reactions with their promise', () => {
    const trace = run(
      'const t = { then(r) { r(1) } }; (async () => { await t; })(); Promise.resolve().then(() => {}); queueMicrotask(() => {}); process.nextTick(() => {});',
      { model: 'node' },
    );
    const jobs = allEvents(trace).flatMap((e) => (e.type === 'job-enqueue' ? [e.job] : []));
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
      allEvents(trace).flatMap((e) => (e.type === 'promise' ? [e.promise.id] : [])),
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
    const captions = Array.from({ length: stepCount(trace) }, (_, i) => captionAt(trace, i));
    expect(captions).toContain(
      `await suspends doStuff; its continuation waits for promise #${[...waits][0]}`,
    );
  });

  it('shows a generator suspended at each yield between next() calls, and not once it completes', () => {
    const source = [
      'function* gen() {',
      '  yield 1;',
      '  yield 2;',
      '}',
      'const g = gen();',
      'g.next();',
      'g.next();',
      'g.next();',
      "console.log('done');",
    ].join('\n');
    const trace = run(source, { model: 'node' });
    const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
    // Per line of the script that a step highlights: the yields the generator is suspended at.
    const suspendedAt = new Map<number, Set<string>>();
    for (let step = 0; step < stepCount(trace); step++) {
      const line = lineOf(stepRange(trace, step)[0]);
      if (line <= 4) continue; // in the generator's body: it runs, it is not suspended
      for (const entry of snapshotAt(trace, step).suspended ?? []) {
        expect(entry).toMatchObject({
          name: 'gen',
          kind: 'generator',
          reason: 'yield',
          waitingOn: null,
        });
        const at = suspendedAt.get(line) ?? new Set();
        at.add(source.slice(entry.at[0], entry.at[1]));
        suspendedAt.set(line, at);
      }
    }
    // Not yet started at line 6 (not shown); at yield 1 from the first next() to the second, at
    // yield 2 until the third, which completes it: nothing at line 9.
    expect(suspendedAt).toEqual(
      new Map([
        [7, new Set(['yield 1;'])],
        [8, new Set(['yield 2;'])],
      ]),
    );
    expect(snapshotAt(trace, stepCount(trace) - 1).suspended).toEqual([]);
  });

  it('names a nameless callback (the resolve function of a promise) in captions', () => {
    const trace = run('new Promise((resolve) => setTimeout(resolve, 5));', { model: 'browser' });
    const captions = Array.from({ length: stepCount(trace) }, (_, i) => captionAt(trace, i));
    expect(captions).toContain('setTimeout starts timer #2 (5 ms) for (anonymous)');
    expect(captions).toContain('timer #2 is due after 5 ms: (anonymous) joins the task queue');
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
    const laterQueued = allEvents(trace).some(
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
