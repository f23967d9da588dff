import { describe, expect, it } from 'vitest';
import { busyInput } from './fixtures';
import { layoutScene, metricsFor } from './layout';
import { emptySceneInput, type SceneInput } from './sceneInput';
import { textWidth } from './text';
import { THEMES, THEME_NAMES } from './theme';
import type { BoxNode, Scene, SceneNode, StageSize } from './types';

/** Stage sizes the app meets: 1280x720 and 1920x1080 windows, a small window, a large type scale. */
const SIZES: StageSize[] = [
  { width: 820, height: 560, fontScale: 1 },
  { width: 1260, height: 900, fontScale: 1 },
  { width: 640, height: 400, fontScale: 1 },
  { width: 1260, height: 900, fontScale: 1.75 },
];

function bounds(n: SceneNode): { x0: number; y0: number; x1: number; y1: number } {
  switch (n.type) {
    case 'box':
      return { x0: n.x, y0: n.y, x1: n.x + n.w, y1: n.y + n.h };
    case 'text': {
      const w = textWidth(n.line.text, n.line.size, n.line.font);
      const x0 = n.line.align === 'start' ? n.x : n.line.align === 'end' ? n.x - w : n.x - w / 2;
      return { x0, y0: n.y - n.line.size, x1: x0 + w, y1: n.y + n.line.size * 0.3 };
    }
    case 'line':
      return {
        x0: Math.min(n.x1, n.x2),
        y0: Math.min(n.y1, n.y2),
        x1: Math.max(n.x1, n.x2),
        y1: Math.max(n.y1, n.y2),
      };
    case 'arc':
      return {
        x0: n.cx - n.r - n.width / 2,
        y0: n.cy - n.r - n.width / 2,
        x1: n.cx + n.r + n.width / 2,
        y1: n.cy + n.r + n.width / 2,
      };
  }
}

const inside = (inner: ReturnType<typeof bounds>, outer: ReturnType<typeof bounds>, slack = 0.5) =>
  inner.x0 >= outer.x0 - slack &&
  inner.y0 >= outer.y0 - slack &&
  inner.x1 <= outer.x1 + slack &&
  inner.y1 <= outer.y1 + slack;

const overlaps = (a: ReturnType<typeof bounds>, b: ReturnType<typeof bounds>) =>
  a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;

function tokens(scene: Scene, panel?: string): BoxNode[] {
  return scene.nodes.filter(
    (n): n is BoxNode =>
      n.type === 'box' &&
      n.role !== 'panel' &&
      n.role !== 'caption' &&
      (!panel || n.panel === panel),
  );
}

function panelBox(scene: Scene, panel: string): BoxNode {
  const box = scene.nodes.find(
    (n): n is BoxNode => n.type === 'box' && n.role === 'panel' && n.panel === panel,
  );
  if (!box) throw new Error(`no panel ${panel}`);
  return box;
}

describe('layoutScene', () => {
  for (const themeName of THEME_NAMES) {
    for (const size of SIZES) {
      for (const model of ['browser', 'node'] as const) {
        const label = `${themeName} ${size.width}x${size.height} x${size.fontScale} ${model}`;
        it(`keeps every node on the stage and inside its panel (${label})`, () => {
          const scene = layoutScene(busyInput(model), size, THEMES[themeName]);
          const stage = { x0: 0, y0: 0, x1: size.width, y1: size.height };
          for (const n of scene.nodes)
            expect(inside(bounds(n), stage), `${n.key} leaves the stage`).toBe(true);
          for (const n of scene.nodes) {
            if (n.role === 'panel' || n.panel === 'caption') continue;
            const frame = bounds(panelBox(scene, n.panel));
            expect(inside(bounds(n), frame), `${n.key} leaves its panel ${n.panel}`).toBe(true);
          }
        });

        it(`gives every node a unique key and keeps tokens and panels apart (${label})`, () => {
          const scene = layoutScene(busyInput(model), size, THEMES[themeName]);
          const keys = scene.nodes.map((n) => n.key);
          expect(new Set(keys).size).toBe(keys.length);
          const list = tokens(scene);
          for (let i = 0; i < list.length; i++) {
            for (let j = i + 1; j < list.length; j++)
              expect(
                overlaps(bounds(list[i]), bounds(list[j])),
                `${list[i].key} overlaps ${list[j].key}`,
              ).toBe(false);
          }
          const panels = scene.nodes.filter((n) => n.role === 'panel' || n.role === 'caption');
          for (let i = 0; i < panels.length; i++) {
            for (let j = i + 1; j < panels.length; j++)
              expect(
                overlaps(bounds(panels[i]), bounds(panels[j])),
                `${panels[i].key} overlaps ${panels[j].key}`,
              ).toBe(false);
          }
        });

        it(`fits the text of every box inside the box (${label})`, () => {
          const scene = layoutScene(busyInput(model), size, THEMES[themeName]);
          for (const box of scene.nodes) {
            if (box.type !== 'box') continue;
            for (const line of box.lines) {
              const w = textWidth(line.text, line.size, line.font);
              const x0 =
                line.align === 'start'
                  ? line.x
                  : line.align === 'end'
                    ? line.x - w
                    : line.x - w / 2;
              expect(
                x0 >= 0 && x0 + w <= box.w + 0.5,
                `"${line.text}" spills out of ${box.key}`,
              ).toBe(true);
              expect(
                line.y - line.size * 0.8 >= -0.5 && line.y <= box.h + 0.5,
                `"${line.text}" is cut in ${box.key}`,
              ).toBe(true);
            }
          }
        });
      }
    }
  }

  it('draws every panel before any token, so moving tokens pass over panels', () => {
    const scene = layoutScene(busyInput(), SIZES[1], THEMES.light);
    const lastPanel = scene.nodes.map((n) => n.role).lastIndexOf('panel');
    const firstToken = scene.nodes.findIndex((n) =>
      ['frame', 'job', 'task', 'host-work', 'promise', 'console-line'].includes(n.role),
    );
    expect(lastPanel).toBeLessThan(firstToken);
  });

  it('draws the call stack bottom-up, the newest frame on top', () => {
    const input = emptySceneInput();
    input.stack = ['<script>', 'outer', 'inner'].map((name, i) => ({
      key: `frame:${i}`,
      name,
      site: '',
      kind: i === 0 ? 'script' : 'call',
    }));
    const scene = layoutScene(input, SIZES[1], THEMES.light);
    const ys = tokens(scene, 'stack').map((n) => [n.key, n.y] as const);
    expect(ys.map(([k]) => k)).toEqual(['frame:0', 'frame:1', 'frame:2']);
    expect(ys[0][1]).toBeGreaterThan(ys[1][1]);
    expect(ys[1][1]).toBeGreaterThan(ys[2][1]);
  });

  it('keeps the top of a deep stack and says how many frames are hidden', () => {
    const input = emptySceneInput();
    input.stack = Array.from({ length: 40 }, (_, i) => ({
      key: `frame:${i}`,
      name: `f${i}`,
      site: '',
      kind: 'call' as const,
    }));
    const scene = layoutScene(input, SIZES[0], THEMES.light);
    const shown = tokens(scene, 'stack').map((n) => n.key);
    expect(shown[shown.length - 1]).toBe('frame:39');
    const note = scene.nodes.find((n) => n.key === 'overflow:stack');
    expect(note?.type === 'text' && note.line.text).toBe(
      `+${40 - shown.length} older frames below`,
    );
  });

  it('lines a queue up from its front on the left, and counts what does not fit', () => {
    const input = busyInput('browser');
    const scene = layoutScene(input, SIZES[0], THEMES.projector);
    const jobs = tokens(scene, 'microtasks');
    expect(jobs[0].key).toBe(input.microtasks[0].key);
    const firstRow = jobs.filter((j) => j.y === jobs[0].y);
    for (let i = 1; i < firstRow.length; i++)
      expect(firstRow[i].x).toBeGreaterThan(firstRow[i - 1].x);
    const note = scene.nodes.find((n) => n.key === 'overflow:microtasks');
    expect(jobs.length).toBeLessThan(input.microtasks.length);
    expect(note?.type === 'text' && note.line.text).toBe(
      `+${input.microtasks.length - jobs.length} more`,
    );
  });

  it('shows the node model with its own queues and the browser model with a task queue', () => {
    const node = layoutScene(busyInput('node'), SIZES[1], THEMES.light);
    const panels = (s: Scene) => s.nodes.filter((n) => n.role === 'panel').map((n) => n.panel);
    expect(panels(node)).toEqual(
      expect.arrayContaining(['next-ticks', 'microtasks', 'timers-queue', 'check-queue']),
    );
    expect(tokens(node, 'next-ticks').every((t) => t.label?.includes('nextTick'))).toBe(true);
    expect(tokens(node, 'check-queue').every((t) => t.label?.includes('setImmediate'))).toBe(true);
    const browser = layoutScene(busyInput('browser'), SIZES[1], THEMES.light);
    expect(panels(browser)).toEqual(expect.arrayContaining(['microtasks', 'tasks']));
    expect(panels(browser)).not.toContain('next-ticks');
    expect(node.nodes.find((n) => n.key === 'panel:host')?.label).toBe('Node APIs');
    expect(browser.nodes.find((n) => n.key === 'panel:host')?.label).toBe('Web APIs');
  });

  it('lights the ring segment of the current phase', () => {
    const lit = (input: SceneInput) =>
      layoutScene(input, SIZES[1], THEMES.light)
        .nodes.filter(
          (n) => n.type === 'arc' && n.key !== 'ring:hub' && n.color === THEMES.light.ring.active,
        )
        .map((n) => n.key);
    const browser = emptySceneInput('browser');
    browser.phase = 'microtasks';
    expect(lit(browser)).toEqual(['ring:microtasks']);
    browser.phase = 'script';
    expect(lit(browser)).toEqual(['ring:task']);
    const node = emptySceneInput('node');
    node.phase = 'check';
    expect(lit(node)).toEqual(['ring:check']);
  });

  it('puts the job the loop holds in the event loop panel, under its own key', () => {
    const scene = layoutScene(busyInput(), SIZES[1], THEMES.light);
    const held = scene.nodes.find((n) => n.key === 'job:99');
    expect(held?.panel).toBe('loop');
    expect(held?.label).toBe('async1 (await continuation)');
  });

  it('shows the last console lines that fit, says how many came before, and links each to its step', () => {
    const input = busyInput();
    const scene = layoutScene(input, SIZES[0], THEMES.light);
    const lines = scene.nodes.filter((n) => n.role === 'console-line');
    expect(lines[lines.length - 1].key).toBe('console:39');
    expect(lines.map((n) => n.jumpTo)).toEqual(
      input.console.slice(input.console.length - lines.length).map((l) => l.step),
    );
    const note = scene.nodes.find((n) => n.key === 'overflow:console');
    expect(note?.type === 'text' && note.line.text).toBe(`… ${40 - lines.length} earlier lines`);
    const current = lines.filter((n) => n.type === 'text' && n.highlight);
    expect(current.map((n) => n.key)).toEqual(['console:39']);
  });

  it('grows type with the stage and with the user scale, and projector type is the largest', () => {
    const small = metricsFor({ width: 800, height: 560, fontScale: 1 }, THEMES.light).fs;
    const large = metricsFor({ width: 1260, height: 900, fontScale: 1 }, THEMES.light).fs;
    const scaled = metricsFor({ width: 1260, height: 900, fontScale: 1.3 }, THEMES.light).fs;
    const projector = metricsFor({ width: 1260, height: 900, fontScale: 1 }, THEMES.projector).fs;
    expect(large).toBeGreaterThan(small);
    expect(scaled).toBeCloseTo(large * 1.3, 0);
    expect(projector).toBeGreaterThan(large);
    expect(small).toBeGreaterThanOrEqual(13);
  });

  it('says what an empty panel holds instead of leaving it blank', () => {
    const scene = layoutScene(emptySceneInput(), SIZES[1], THEMES.dark);
    const hints = scene.nodes.filter((n) => n.role === 'hint').map((n) => n.panel);
    expect(hints).toEqual(
      expect.arrayContaining(['stack', 'host', 'promises', 'microtasks', 'tasks', 'console']),
    );
  });
});
