import { describe, expect, it } from 'vitest';
import { run } from '../../interpreter/index';
import { exampleById } from '../examples/examples';
import { layoutScene, STAGE_PARTS, type StagePart } from '../scene/layout';
import { sceneInputAt } from '../scene/sceneInput';
import { THEMES } from '../scene/theme';
import { indexTrace } from '../scene/traceIndex';
import { tweenScene } from '../scene/tween';
import type { BoxNode, Scene } from '../scene/types';
import { SceneSource } from './frames';
import { momentAt, planTimeline } from './timing';

const example = exampleById('classic')!;
const trace = run(example.source, { model: example.model });
const index = indexTrace(trace);
const size = { width: 1280, height: 720, fontScale: 1 };
const all = new Set(STAGE_PARTS);

function panelBox(scene: Scene, panel: string): BoxNode | undefined {
  return scene.nodes.find((n): n is BoxNode => n.key === `panel:${panel}` && n.type === 'box');
}

describe('the scenes of an export', () => {
  it('are the stage’s scenes: each stop laid out as the stage lays it out, tweened as it tweens', () => {
    const timeline = planTimeline(index, { from: 0, to: index.stepCount - 1 }, 1);
    const source = new SceneSource(trace, index, { size, theme: THEMES.dark, parts: all });
    const layout = (step: number) =>
      layoutScene(sceneInputAt(trace, index, step), size, THEMES.dark);
    const still = momentAt(timeline, 3 * timeline.interval + timeline.motion + 1);
    expect(source.sceneAt(timeline, still)).toEqual(layout(timeline.stops[3]));
    const moving = momentAt(timeline, 5 * timeline.interval + timeline.motion / 3);
    expect(moving.from).toBe(4);
    expect(source.sceneAt(timeline, moving)).toEqual(
      tweenScene(layout(timeline.stops[4]), layout(timeline.stops[5]), moving.t),
    );
  });

  it('draw only the parts asked for, which take the room of the others', () => {
    const input = sceneInputAt(trace, index, index.eventSteps[10]);
    const full = layoutScene(input, size, THEMES.light);
    const parts = new Set<StagePart>(['stack', 'host', 'console']);
    const some = layoutScene(input, size, THEMES.light, parts);
    expect(new Set(some.nodes.map((n) => n.panel))).toEqual(parts);
    // Promises left out: Web APIs take the top row; the queues left out: the console the bottom.
    const host = panelBox(some, 'host')!;
    const fullHost = panelBox(full, 'host')!;
    const fullPromises = panelBox(full, 'promises')!;
    expect(host.x).toBe(fullHost.x);
    expect(host.x + host.w).toBe(fullPromises.x + fullPromises.w);
    const consolePanel = panelBox(some, 'console')!;
    expect(consolePanel.x).toBe(panelBox(full, 'microtasks')!.x);
    // The event loop left out: the call stack takes the whole left column.
    const stack = panelBox(some, 'stack')!;
    expect(stack.y + stack.h).toBe(panelBox(full, 'loop')!.y + panelBox(full, 'loop')!.h);

    // Without the caption the panels start at the top.
    const noCaption = layoutScene(input, size, THEMES.light, new Set(['stack', 'console']));
    expect(noCaption.nodes.some((n) => n.panel === 'caption')).toBe(false);
    expect(panelBox(noCaption, 'stack')!.y).toBeLessThan(panelBox(full, 'stack')!.y);
    // Only a left column: it takes the whole width.
    const alone = layoutScene(input, size, THEMES.light, new Set(['stack']));
    expect(panelBox(alone, 'stack')!.w).toBeGreaterThan(size.width * 0.9);
  });
});
