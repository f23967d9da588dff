/**
 * Motion on real traces: the tokens that the runtime moves travel between panels (they do not
 * blink out and in), forwards and backwards.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../interpreter/index';
import { exampleById } from '../examples/examples';
import { layoutScene } from './layout';
import { sceneInputAt } from './sceneInput';
import { THEMES } from './theme';
import { indexTrace } from './traceIndex';
import { tweenScene } from './tween';
import type { BoxNode, Scene } from './types';

const trace = run(exampleById('classic')!.source, { model: 'browser' });
const index = indexTrace(trace);
const size = { width: 1200, height: 800, fontScale: 1 };
const sceneAt = (step: number) => layoutScene(sceneInputAt(trace, index, step), size, THEMES.light);
const box = (scene: Scene, key: string) =>
  scene.nodes.find((n): n is BoxNode => n.type === 'box' && n.key === key);
const centre = (b: BoxNode) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

/** The first step at which a node with `key` is in `panel`. */
function firstStepWith(key: (s: Scene) => BoxNode | undefined): number {
  for (let s = 0; s < index.stepCount; s++) if (key(sceneAt(s))) return s;
  throw new Error('never');
}

describe('motion between panels', () => {
  it('moves the expired timer from Web APIs into the task queue, and back when stepping back', () => {
    const step = firstStepWith((s) =>
      s.nodes.find(
        (n): n is BoxNode => n.type === 'box' && n.panel === 'tasks' && n.role === 'task',
      ),
    );
    const before = sceneAt(step - 1);
    const after = sceneAt(step);
    const task = after.nodes.find(
      (n): n is BoxNode => n.type === 'box' && n.panel === 'tasks' && n.role === 'task',
    )!;
    expect(task.origin).toMatch(/^host:/);
    const timer = box(before, task.origin!)!;
    expect(timer.panel).toBe('host');
    const mid = box(tweenScene(before, after, 0.5), task.key)!;
    const [from, to, at] = [centre(timer), centre(task), centre(mid)];
    expect(at.x).toBeCloseTo((from.x + to.x) / 2, 0);
    expect(at.y).toBeCloseTo((from.y + to.y) / 2, 0);
    const back = box(tweenScene(after, before, 0.5), task.origin!)!;
    expect(centre(back).y).toBeCloseTo((from.y + to.y) / 2, 0);
  });

  it('carries a microtask from its queue to the event loop and its frame from there to the stack', () => {
    const [held, token] = [...index.picked.entries()].find(
      ([, t]) => t.job?.kind === 'await-continuation',
    )!;
    const queued = box(sceneAt(held - 1), token.key)!;
    const holding = box(sceneAt(held), token.key)!;
    expect([queued.panel, holding.panel]).toEqual(['microtasks', 'loop']);
    const onStack = sceneAt(held + 1).nodes.find(
      (n): n is BoxNode => n.type === 'box' && n.panel === 'stack' && n.origin === token.key,
    )!;
    expect(onStack).toBeDefined();
    const start = box(tweenScene(sceneAt(held), sceneAt(held + 1), 0.01), onStack.key)!;
    expect(Math.abs(centre(start).y - centre(holding).y)).toBeLessThan(
      Math.abs(centre(holding).y - centre(onStack).y) * 0.05,
    );
  });

  it('lifts an awaiting function out of its frame into the suspended group, and back when stepping back', () => {
    const step = firstStepWith((s) => s.nodes.find((n): n is BoxNode => n.role === 'suspended'));
    const card = sceneAt(step).nodes.find((n): n is BoxNode => n.role === 'suspended')!;
    const frame = box(sceneAt(step - 1), card.origin!)!;
    expect([frame.panel, frame.role, card.panel]).toEqual(['stack', 'frame', 'stack']);
    const start = box(tweenScene(sceneAt(step - 1), sceneAt(step), 0.01), card.key)!;
    expect(Math.abs(centre(start).y - centre(frame).y)).toBeLessThan(
      Math.abs(centre(frame).y - centre(card).y) * 0.05,
    );
    const back = box(tweenScene(sceneAt(step), sceneAt(step - 1), 0.99), card.key)!;
    expect(Math.abs(centre(back).y - centre(frame).y)).toBeLessThan(
      Math.abs(centre(frame).y - centre(card).y) * 0.05,
    );
  });

  it('sends a printed line from the frame that printed it to the console', () => {
    const printed = trace.console[0].step;
    const line = sceneAt(printed).nodes.find((n) => n.key === 'console:0')!;
    expect(line.origin).toMatch(/^frame:/);
    const frame = box(sceneAt(printed - 1), line.origin!)!;
    const start = tweenScene(sceneAt(printed - 1), sceneAt(printed), 0.01).nodes.find(
      (n) => n.key === 'console:0',
    )!;
    expect(start.type === 'text' && Math.abs(start.y - centre(frame).y)).toBeLessThan(30);
  });
});
