import { beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../interpreter/index';
import { isEventStep } from '../../interpreter/trace/snapshot';
import type { Model, Trace } from '../../interpreter/trace/types';
import { EXAMPLES, exampleById } from '../examples/examples';
import type { ProgramRunner, RunResult } from '../worker/runner';
import { createAppStore, type AppStore } from './store';

/** Runs programs in-process, as the worker would, and remembers what it was asked. */
function inProcessRunner(): ProgramRunner & {
  calls: { source: string; model: Model }[];
  cancelled: number;
} {
  const calls: { source: string; model: Model }[] = [];
  return {
    calls,
    cancelled: 0,
    async run(source, model, stepLimit): Promise<RunResult> {
      calls.push({ source, model });
      return { kind: 'trace', trace: run(source, { model, stepLimit }), millis: 1 };
    },
    cancel() {
      this.cancelled++;
    },
  };
}

let runner: ReturnType<typeof inProcessRunner>;
let store: AppStore;
let trace: Trace;

beforeEach(async () => {
  runner = inProcessRunner();
  store = createAppStore(runner);
  await store.getState().runProgram();
  trace = store.getState().trace!;
});

describe('the store', () => {
  it('starts with the classic example and runs it to a trace', () => {
    const s = store.getState();
    expect(s.source).toBe(exampleById('classic')!.source);
    expect(s.runStatus).toBe('ready');
    expect(s.step).toBe(0);
    expect(s.index?.stepCount).toBe(trace.steps.length);
  });

  it('steps by event steps and by fine steps, forwards and back', () => {
    const s = store.getState();
    s.stepForward();
    const first = store.getState().step;
    expect(isEventStep(trace, first)).toBe(true);
    for (let i = 1; i < first; i++) expect(isEventStep(trace, i)).toBe(false);
    s.stepForward(true);
    expect(store.getState().step).toBe(first + 1);
    expect(store.getState().direction).toBe(1);
    s.stepBack(true);
    expect(store.getState().step).toBe(first);
    expect(store.getState().direction).toBe(-1);
    s.stepBack();
    expect(store.getState().step).toBe(0);
    s.jumpToEnd();
    expect(store.getState().step).toBe(trace.steps.length - 1);
    s.stepForward();
    expect(store.getState().step).toBe(trace.steps.length - 1);
    s.jumpToStart();
    expect(store.getState().step).toBe(0);
  });

  it('plays by event steps until the end, and starts over when played from the end', () => {
    const s = store.getState();
    s.play();
    let guard = 0;
    while (store.getState().playing && guard++ < 1000) store.getState().tick();
    expect(store.getState().step).toBe(trace.steps.length - 1);
    expect(store.getState().playing).toBe(false);
    s.play();
    expect(store.getState().step).toBe(0);
    expect(store.getState().playing).toBe(true);
    s.stepForward();
    expect(store.getState().playing).toBe(false);
  });

  it('clamps seeks and speeds', () => {
    const s = store.getState();
    s.seek(1e9);
    expect(store.getState().step).toBe(trace.steps.length - 1);
    s.seek(-5);
    expect(store.getState().step).toBe(0);
    s.setSpeed(10);
    expect(store.getState().speed).toBe(4);
    s.setSpeed(0.01);
    expect(store.getState().speed).toBe(0.25);
  });

  it('switching the model runs the program again in that model', async () => {
    store.getState().setModel('node');
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(runner.calls.at(-1)).toEqual({ source: store.getState().source, model: 'node' });
    expect(store.getState().trace?.model).toBe('node');
  });

  it('loading an example puts its code and model in place and runs it', async () => {
    const example = EXAMPLES.find((e) => e.model === 'node')!;
    store.getState().openOverlay('gallery');
    store.getState().loadExample(example);
    await new Promise((r) => setTimeout(r, 0));
    const s = store.getState();
    expect([s.source, s.model, s.exampleId, s.overlay]).toEqual([
      example.source,
      'node',
      example.id,
      null,
    ]);
    expect(s.trace?.source).toBe(example.source);
    s.setSource(`${example.source}\n// edited`);
    expect(store.getState().exampleId).toBeNull();
  });

  it('steps the type scale through its presets and keeps the editor pane within bounds', () => {
    const s = store.getState();
    s.stepFontScale(1);
    expect(store.getState().fontScale).toBe(1.15);
    s.stepFontScale(-1);
    s.stepFontScale(-1);
    expect(store.getState().fontScale).toBe(0.9);
    s.setEditorFraction(0.95);
    expect(store.getState().editorFraction).toBe(0.6);
  });
});
