/** Suspended async functions and generators: a group at the top of the call-stack panel. */
import { describe, expect, it } from 'vitest';
import { layoutScene } from './layout';
import {
  emptySceneInput,
  type SceneInput,
  type StageFrame,
  type StageSuspended,
} from './sceneInput';
import { textWidth } from './text';
import { THEMES, THEME_NAMES } from './theme';
import type { BoxNode, Scene } from './types';

/** The stage at 1280x720 and 1920x1080 windows (the editor and the controls take the rest). */
const SIZES = [
  { width: 1280 - 460, height: 720 - 150, fontScale: 1 },
  { width: 1920 - 640, height: 1080 - 150, fontScale: 1 },
];

const frameNamed = (name: string, i: number): StageFrame => ({
  key: `frame:${i + 1}`,
  name,
  site: i === 0 ? 'main script' : `called at line ${i}`,
  kind: i === 0 ? 'script' : 'call',
});
const script = frameNamed('<script>', 0);

const async1: StageSuspended = {
  key: 'suspended:4',
  name: 'async1',
  kind: 'async-function',
  reason: 'await',
  site: 'line 9',
  waitingOn: 5,
  origin: 'frame:2',
};
const gen: StageSuspended = {
  key: 'suspended:7',
  name: 'gen',
  kind: 'generator',
  reason: 'yield',
  site: 'line 3',
  waitingOn: null,
};

function inputWith(stack: StageFrame[], suspended: StageSuspended[]): SceneInput {
  return { ...emptySceneInput('browser'), stack, suspended };
}

const boxes = (scene: Scene, role: string) =>
  scene.nodes.filter((n): n is BoxNode => n.type === 'box' && n.role === role);
const stackPanel = (scene: Scene) =>
  scene.nodes.find((n): n is BoxNode => n.key === 'panel:stack')!;
const groupTitle = (scene: Scene) => {
  const node = scene.nodes.find((n) => n.key === 'title:suspended');
  return node?.type === 'text' ? node.line.text : undefined;
};

describe('suspended functions in the call-stack panel', () => {
  for (const theme of THEME_NAMES) {
    for (const size of SIZES) {
      it(`shows each above the frames, dashed, with its line and what it waits for (${theme}, ${size.width}x${size.height})`, () => {
        const scene = layoutScene(inputWith([script], [async1, gen]), size, THEMES[theme]);
        const cards = boxes(scene, 'suspended');
        expect(cards.map((c) => c.key)).toEqual(['suspended:4', 'suspended:7']);
        expect(groupTitle(scene)).toBe('Suspended');
        const [frame] = boxes(scene, 'frame');
        const panel = stackPanel(scene);
        for (const card of cards) {
          expect(card.panel).toBe('stack');
          expect(card.dashed).toBe(true);
          expect(card.fill).toBe(THEMES[theme].suspended.fill);
          expect(card.y).toBeGreaterThan(panel.y);
          expect(card.y + card.h).toBeLessThan(frame.y);
          for (const line of card.lines) {
            const w = textWidth(line.text, line.size, line.font);
            const x0 = line.align === 'end' ? line.x - w : line.x;
            expect(x0 >= 0 && x0 + w <= card.w + 0.5, `"${line.text}" spills out`).toBe(true);
          }
        }
        const [awaiting, yielded] = cards.map((c) => c.lines.map((l) => l.text));
        expect(awaiting).toEqual(['async1', 'awaits promise #5', 'line 9']);
        expect(yielded[0]).toBe('gen');
        expect(yielded[1]).toMatch(/^at yield/);
        expect(cards.map((c) => c.label)).toEqual([
          'async1 — suspended at await (line 9) — waits for promise #5',
          'gen — suspended at yield (line 3)',
        ]);
        // It comes out of the frame it left the stack from.
        expect(cards[0].origin).toBe('frame:2');
      });
    }
  }

  it('takes no room and draws nothing while nothing is suspended', () => {
    const stack = [script, frameNamed('main', 1)];
    const without = layoutScene(inputWith(stack, []), SIZES[0], THEMES.light);
    const withCard = layoutScene(inputWith(stack, [async1]), SIZES[0], THEMES.light);
    expect(groupTitle(without)).toBeUndefined();
    expect(boxes(without, 'suspended')).toEqual([]);
    // The frames stay where they were: they grow from the bottom, the group hangs from the top.
    expect(boxes(withCard, 'frame')).toEqual(boxes(without, 'frame'));
  });

  it('leaves the frames their room: on a deep stack it shows the latest suspensions and counts the rest', () => {
    const stack = Array.from({ length: 12 }, (_, i) =>
      frameNamed(i === 0 ? '<script>' : `f${i}`, i),
    );
    const suspended = Array.from({ length: 6 }, (_, i) => ({
      ...async1,
      key: `suspended:${100 + i}`,
      name: `worker${i}`,
    }));
    for (const theme of THEME_NAMES) {
      const scene = layoutScene(inputWith(stack, suspended), SIZES[0], THEMES[theme]);
      const cards = boxes(scene, 'suspended');
      const frames = boxes(scene, 'frame');
      const panel = stackPanel(scene);
      expect(cards.length).toBeGreaterThan(0);
      expect(cards.length).toBeLessThan(suspended.length);
      expect(cards.map((c) => c.key)).toEqual(
        suspended.slice(suspended.length - cards.length).map((s) => s.key),
      );
      expect(groupTitle(scene)).toBe(`Suspended · +${suspended.length - cards.length} more`);
      // The top frame is still shown, below the last card; nothing leaves the panel.
      expect(frames[frames.length - 1].key).toBe(stack[stack.length - 1].key);
      const lowestCard = Math.max(...cards.map((c) => c.y + c.h));
      expect(Math.min(...frames.map((f) => f.y))).toBeGreaterThan(lowestCard);
      const cardsHeight = lowestCard - panel.y;
      expect(cardsHeight).toBeLessThanOrEqual(panel.h / 2 + 1);
    }
  });

  it('uses the room an empty or short stack leaves', () => {
    const many = Array.from({ length: 3 }, (_, i) => ({
      ...gen,
      key: `suspended:${200 + i}`,
      name: `gen${i}`,
    }));
    const scene = layoutScene(inputWith([], many), SIZES[1], THEMES.projector);
    expect(boxes(scene, 'suspended')).toHaveLength(3);
    const hint = scene.nodes.find((n) => n.key === 'hint:stack');
    const lowestCard = Math.max(...boxes(scene, 'suspended').map((c) => c.y + c.h));
    expect(hint?.type === 'text' && hint.y).toBeGreaterThan(lowestCard);
  });
});
