import { describe, expect, it } from 'vitest';
import { busyInput } from './fixtures';
import { layoutScene } from './layout';
import { sceneToSvg } from './svgString';
import { THEMES } from './theme';

describe('sceneToSvg', () => {
  it('writes one group per visible node, with text escaped', () => {
    const input = busyInput();
    input.console[input.console.length - 1].text = '<b>"x" & y</b>';
    const scene = layoutScene(input, { width: 1200, height: 800, fontScale: 1 }, THEMES.dark);
    const svg = sceneToSvg(scene);
    expect(
      svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"'),
    ).toBe(true);
    for (const n of scene.nodes) expect(svg).toContain(`data-key="${n.key}"`);
    expect(svg).toContain('&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;');
    expect(svg).not.toContain('<b>');
    // Balanced groups: every node opened is closed.
    expect(svg.split('<g ').length).toBe(svg.split('</g>').length);
  });
});
