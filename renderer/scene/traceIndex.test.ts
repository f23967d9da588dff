import { describe, expect, it } from 'vitest';
import { run } from '../../interpreter/index';
import {
  captionAt,
  decodeEvents,
  isEventStep,
  snapshotAt,
  stepCount,
} from '../../interpreter/trace/snapshot';
import { exampleById } from '../examples/examples';
import { sceneInputAt } from './sceneInput';
import {
  frameKey,
  indexTrace,
  lineColumnOf,
  lineStartsOf,
  nextEventStep,
  previousEventStep,
  suspendedKey,
} from './traceIndex';

const classic = run(exampleById('classic')!.source, { model: 'browser' });
const index = indexTrace(classic);

describe('indexTrace', () => {
  it('lists exactly the event steps, and steps to the next and previous one', () => {
    const brute = Array.from({ length: stepCount(classic) }, (_, s) => s).filter((s) =>
      isEventStep(classic, s),
    );
    expect(Array.from(index.eventSteps)).toEqual(brute);
    for (let s = 0; s < stepCount(classic); s++) {
      const next = brute.find((e) => e > s) ?? stepCount(classic) - 1;
      const prev = [...brute].reverse().find((e) => e < s) ?? 0;
      expect(nextEventStep(index, s)).toBe(next);
      expect(previousEventStep(index, s)).toBe(prev);
    }
  });

  it("traces the timer's callback back through the task queue to the timer", () => {
    // The frame of `timeout` was pushed by the task that the expired timer became.
    let frameStep = -1;
    for (let s = 0; s < stepCount(classic); s++) {
      if (snapshotAt(classic, s).stack.some((f) => f.name === 'timeout')) {
        frameStep = s;
        break;
      }
    }
    const frame = snapshotAt(classic, frameStep).stack.find((f) => f.name === 'timeout')!;
    const taskKey = index.frameOrigin.get(frame.id);
    expect(taskKey).toMatch(/^task:/);
    const taskId = Number(taskKey!.slice('task:'.length));
    const added = decodeEvents(classic).find((e) => e.type === 'host-add');
    const timerId = added?.type === 'host-add' ? added.work.id : -1;
    expect(index.taskOrigin.get(taskId)).toBe(`host:${timerId}`);
    // One step before the frame, the event loop holds the task.
    expect(index.picked.get(frameStep - 1)?.key).toBe(taskKey);
    expect(index.markers.taskStarts).toContain(frameStep - 1);
  });

  it('holds each microtask between its queue and the stack, and links its frame to it', () => {
    const continuation = [...index.picked.entries()].find(
      ([, t]) => t.job?.kind === 'await-continuation',
    );
    expect(continuation).toBeDefined();
    const [step, token] = continuation!;
    expect(snapshotAt(classic, step - 1).microtasks.map((j) => `job:${j.id}`)).toContain(token.key);
    expect(snapshotAt(classic, step).microtasks.map((j) => `job:${j.id}`)).not.toContain(token.key);
    const frame = snapshotAt(classic, step + 1).stack[0];
    expect(index.frameOrigin.get(frame.id)).toBe(token.key);
    const input = sceneInputAt(classic, index, step + 1);
    expect(input.stack[0]).toMatchObject({
      key: frameKey(frame.id),
      name: 'async1',
      origin: token.key,
    });
  });

  it('marks console lines, microtask checkpoints and errors on the timeline', () => {
    expect(index.markers.consoleLines).toEqual(classic.console.map((l) => l.step));
    const checkpoints = index.markers.checkpoints;
    expect(checkpoints.length).toBeGreaterThan(0);
    for (const s of checkpoints) expect(snapshotAt(classic, s).phase).toBe('microtasks');
    expect(index.markers.errors).toEqual([]);
    const failing = run(exampleById('uncaught-in-task')!.source, { model: 'browser' });
    const failingIndex = indexTrace(failing);
    expect(failingIndex.markers.errors).toEqual(
      failing.console.filter((l) => l.level === 'error').map((l) => l.step),
    );
    expect(failingIndex.markers.errors.length).toBe(1);
  });

  it('resolves a step into what the stage shows: console so far, clock, caption', () => {
    const last = stepCount(classic) - 1;
    const end = sceneInputAt(classic, index, last);
    expect(end.console.map((l) => l.text)).toEqual(classic.console.map((l) => l.text));
    expect(end.stack).toEqual([]);
    expect(end.caption).toMatch(/done/);
    const printing = classic.console[0].step;
    const input = sceneInputAt(classic, index, printing);
    expect(input.console).toEqual([
      expect.objectContaining({
        text: 'script start',
        current: true,
        origin: input.stack[input.stack.length - 1].key,
      }),
    ]);
    expect(sceneInputAt(classic, index, printing - 1).console).toEqual([]);
  });

  it('names each suspension with its line and promise, coming out of the frame that suspended', () => {
    const step = Array.from({ length: stepCount(classic) }, (_, s) => s).find(
      (s) => sceneInputAt(classic, index, s).suspended.length > 0,
    )!;
    const input = sceneInputAt(classic, index, step);
    const awaiting = snapshotAt(classic, step).suspended![0];
    const frame = input.stack.find((f) => f.name === 'async1')!;
    expect(input.suspended).toEqual([
      {
        key: suspendedKey(awaiting.id),
        name: 'async1',
        kind: 'async-function',
        reason: 'await',
        site: 'line 9',
        waitingOn: awaiting.waitingOn,
        origin: frame.key,
      },
    ]);
    expect(captionAt(classic, step)).toContain(`promise #${awaiting.waitingOn}`);
  });

  it("brings a generator's frame back out of its suspended card when next() resumes it", () => {
    const source =
      'function* gen() {\n  yield 1;\n  yield 2;\n}\nconst g = gen();\ng.next();\ng.next();';
    const trace = run(source, { model: 'node' });
    const genIndex = indexTrace(trace);
    const inputs = Array.from({ length: stepCount(trace) }, (_, s) =>
      sceneInputAt(trace, genIndex, s),
    );
    const card = inputs.find((i) => i.suspended.length > 0)!.suspended[0];
    expect(card).toMatchObject({ name: 'gen', kind: 'generator', reason: 'yield', site: 'line 2' });
    const resumed = inputs.map((i) => i.stack.find((f) => f.name === 'gen')).filter(Boolean);
    // The first next() starts it (no card yet); the second resumes it from the card.
    expect(resumed[0]!.origin).toBeUndefined();
    expect(resumed[resumed.length - 1]!.origin).toBe(card.key);
  });
});

describe('line and column', () => {
  it('finds 1-based lines and columns of offsets', () => {
    const starts = lineStartsOf('ab\ncd\n\nef');
    expect(lineColumnOf(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnOf(starts, 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnOf(starts, 6)).toEqual({ line: 3, column: 1 });
    expect(lineColumnOf(starts, 8)).toEqual({ line: 4, column: 2 });
  });
});
