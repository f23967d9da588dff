/** The call-stack panel with a frame opened to its scopes (local variables, closure values). */
import { describe, expect, it } from 'vitest';
import { layoutScene } from './layout';
import { emptySceneInput, type SceneInput, type StageFrame } from './sceneInput';
import { THEMES, THEME_NAMES } from './theme';
import type { BoxNode, Scene } from './types';

const SIZES = [
  { width: 1280 - 460, height: 720 - 150, fontScale: 1 },
  { width: 1920 - 640, height: 1080 - 150, fontScale: 1 },
];

function inputWith(frames: StageFrame[]): SceneInput {
  return { ...emptySceneInput('browser'), stack: frames };
}

const script: StageFrame = {
  key: 'frame:1',
  name: '<script>',
  site: 'main script',
  kind: 'script',
  expandable: true,
};
const inc = (scopes?: StageFrame['scopes']): StageFrame => ({
  key: 'frame:2',
  name: 'inc',
  site: 'called at line 12',
  kind: 'call',
  expandable: true,
  scopes,
});
const SCOPES: StageFrame['scopes'] = [
  { title: 'Local', bindings: [{ name: 'seen', preview: '3' }] },
  { title: 'Closure (counter)', bindings: [{ name: 'count', preview: '3' }] },
  { title: 'Script', bindings: [{ name: 'next', preview: '[Function: inc]' }] },
];

const frame = (scene: Scene, key: string) =>
  scene.nodes.find((n): n is BoxNode => n.key === key && n.type === 'box');

describe('an opened call-stack frame', () => {
  for (const theme of THEME_NAMES) {
    for (const size of SIZES) {
      it(`shows its scopes inside the panel (${theme}, ${size.width}x${size.height})`, () => {
        const closed = layoutScene(inputWith([script, inc()]), size, THEMES[theme]);
        const open = layoutScene(inputWith([script, inc(SCOPES)]), size, THEMES[theme]);
        const before = frame(closed, 'frame:2')!;
        const after = frame(open, 'frame:2')!;
        expect(before.toggle).toEqual({ expanded: false });
        expect(after.toggle).toEqual({ expanded: true });
        expect(after.h).toBeGreaterThan(before.h);
        const texts = after.lines.map((l) => l.text);
        for (const wanted of ['Local', 'seen: 3', 'Closure (counter)', 'count: 3'])
          expect(texts).toContain(wanted);
        // Every line sits inside the box, and the box inside the call-stack panel.
        for (const l of after.lines) {
          expect(l.y).toBeLessThanOrEqual(after.h);
          expect(l.y - l.size).toBeGreaterThanOrEqual(0);
        }
        const panel = open.nodes.find((n): n is BoxNode => n.key === 'panel:stack')!;
        expect(after.y).toBeGreaterThanOrEqual(panel.y);
        expect(after.y + after.h).toBeLessThanOrEqual(panel.y + panel.h);
        expect(after.label).toContain('Closure (counter): count = 3');
      });
    }
  }

  it('is cut to what the panel holds, saying how much is left out', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ name: `v${i}`, preview: String(i) }));
    const scene = layoutScene(
      inputWith([script, inc([{ title: 'Local', bindings: many }])]),
      SIZES[0],
      THEMES.projector,
    );
    const box = frame(scene, 'frame:2')!;
    const last = box.lines[box.lines.length - 1].text;
    expect(last).toMatch(/^… \d+ more lines$/);
    const panel = scene.nodes.find((n): n is BoxNode => n.key === 'panel:stack')!;
    expect(box.y + box.h).toBeLessThanOrEqual(panel.y + panel.h);
  });

  it('is not offered for a frame that has no scopes to show', () => {
    const closed: StageFrame = { ...inc(), expandable: false };
    const scene = layoutScene(inputWith([script, closed]), SIZES[0], THEMES.light);
    expect(frame(scene, 'frame:2')!.toggle).toBeUndefined();
  });
});
