import { describe, expect, it } from 'vitest';
import { color, tweenScene } from './tween';
import type { BoxNode, Scene, SceneNode, TextNode } from './types';

function box(key: string, x: number, y: number, extra: Partial<BoxNode> = {}): BoxNode {
  return {
    type: 'box',
    key,
    panel: 'microtasks',
    role: 'job',
    opacity: 1,
    x,
    y,
    w: 100,
    h: 40,
    radius: 6,
    fill: '#000000',
    stroke: '#ffffff',
    strokeWidth: 2,
    dashed: false,
    lines: [
      {
        text: key,
        x: 10,
        y: 25,
        size: 14,
        weight: 600,
        color: '#101010',
        align: 'start',
        font: 'mono',
      },
    ],
    ...extra,
  };
}

function text(key: string, x: number, y: number, extra: Partial<TextNode> = {}): TextNode {
  return {
    type: 'text',
    key,
    panel: 'console',
    role: 'console-line',
    opacity: 1,
    x,
    y,
    line: {
      text: key,
      x: 0,
      y: 0,
      size: 14,
      weight: 400,
      color: '#000000',
      align: 'start',
      font: 'mono',
    },
    ...extra,
  };
}

function scene(...nodes: SceneNode[]): Scene {
  return {
    width: 800,
    height: 600,
    background: '#ffffff',
    fonts: { sans: 'sans-serif', mono: 'monospace' },
    nodes,
  };
}

const find = (s: Scene, key: string) =>
  s.nodes.find((n) => n.key === key) as BoxNode | TextNode | undefined;

describe('tweenScene', () => {
  it('is the first scene at 0 and the second at 1', () => {
    const a = scene(box('job:1', 0, 0));
    const b = scene(box('job:1', 100, 50));
    expect(tweenScene(a, b, 0)).toBe(a);
    expect(tweenScene(a, b, 1)).toBe(b);
  });

  it('moves, resizes and recolours a node that is in both scenes', () => {
    const a = scene(box('job:1', 0, 0, { fill: '#000000' }));
    const b = scene(box('job:1', 100, 50, { w: 200, fill: '#ffffff' }));
    const mid = find(tweenScene(a, b, 0.5), 'job:1') as BoxNode;
    expect([mid.x, mid.y, mid.w, mid.opacity]).toEqual([50, 25, 150, 1]);
    expect(mid.fill).toBe('#808080');
  });

  it('fades a new node in from its enter offset and an old one out towards it', () => {
    const a = scene(box('job:1', 0, 0, { enter: { dx: 30, dy: 0 } }));
    const b = scene(box('job:2', 200, 0, { enter: { dx: 30, dy: 0 } }));
    const early = tweenScene(a, b, 0.25);
    const entering = find(early, 'job:2') as BoxNode;
    const leaving = find(early, 'job:1') as BoxNode;
    expect(entering.opacity).toBeCloseTo(0.25);
    expect(entering.x).toBeCloseTo(200 + 30 * 0.75);
    expect(leaving.opacity).toBeCloseTo(0.75);
    expect(leaving.x).toBeCloseTo(30 * 0.25);
  });

  it('starts an entering node at its origin: a timer becomes a task where the timer was', () => {
    const timer = box('host:1', 500, 100);
    const task = box('task:-1', 300, 400, { origin: 'host:1' });
    const early = tweenScene(scene(timer), scene(task), 0.1);
    const t = find(early, 'task:-1') as BoxNode;
    expect(t.x).toBeCloseTo(500 + (300 - 500) * 0.1);
    expect(t.y).toBeCloseTo(100 + (400 - 100) * 0.1);
    // The timer travels with it towards the queue while it fades.
    const h = find(early, 'host:1') as BoxNode;
    expect(h.x).toBeCloseTo(500 + (300 - 500) * 0.1);
    expect(h.opacity).toBeCloseTo(0.9);
  });

  it('plays the same move backwards when stepping back', () => {
    const timer = box('host:1', 500, 100);
    const task = box('task:-1', 300, 400, { origin: 'host:1' });
    // Stepping back: the task leaves towards the timer it came from, the timer returns from it.
    const back = tweenScene(scene(task), scene(timer), 0.1);
    const t = find(back, 'task:-1') as BoxNode;
    const h = find(back, 'host:1') as BoxNode;
    expect(t.x).toBeCloseTo(300 + (500 - 300) * 0.1);
    expect(h.x).toBeCloseTo(300 + (500 - 300) * 0.1);
    expect(h.y).toBeCloseTo(400 + (100 - 400) * 0.1);
  });

  it('lets a console line start at the frame that printed it', () => {
    const frame = box('frame:3', 10, 300);
    const line = text('console:0', 600, 500, { origin: 'frame:3' });
    const start = find(
      tweenScene(scene(frame), scene(frame, line), 0.0001),
      'console:0',
    ) as TextNode;
    // Its centre starts at the frame's centre (x 10 + 100 / 2).
    expect(start.x + (14 * 'console:0'.length * 0.6) / 2).toBeCloseTo(60, 0);
    expect(start.opacity).toBeLessThan(0.01);
  });

  it('switches text halfway rather than mixing it', () => {
    const a = scene(
      box('host:1', 0, 0, {
        lines: [
          {
            text: '10 ms left',
            x: 0,
            y: 20,
            size: 14,
            weight: 400,
            color: '#000000',
            align: 'start',
            font: 'sans',
          },
        ],
      }),
    );
    const b = scene(
      box('host:1', 0, 0, {
        lines: [
          {
            text: 'due now',
            x: 0,
            y: 20,
            size: 14,
            weight: 400,
            color: '#000000',
            align: 'start',
            font: 'sans',
          },
        ],
      }),
    );
    expect((find(tweenScene(a, b, 0.4), 'host:1') as BoxNode).lines[0].text).toBe('10 ms left');
    expect((find(tweenScene(a, b, 0.6), 'host:1') as BoxNode).lines[0].text).toBe('due now');
  });

  it('keeps every key once, in the order of the target scene', () => {
    const a = scene(box('a', 0, 0), box('b', 0, 0), box('c', 0, 0));
    const b = scene(box('c', 0, 0), box('d', 0, 0), box('a', 0, 0));
    const keys = tweenScene(a, b, 0.5).nodes.map((n) => n.key);
    expect(keys).toEqual(['c', 'd', 'a', 'b']);
  });
});

describe('color', () => {
  it('interpolates hex colours and switches other colours halfway', () => {
    expect(color('#000000', '#ff0000', 0.5)).toBe('#800000');
    expect(color('red', 'blue', 0.4)).toBe('red');
    expect(color('red', 'blue', 0.6)).toBe('blue');
  });
});
