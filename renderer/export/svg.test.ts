import { describe, expect, it } from 'vitest';
import { run } from '../../interpreter/index';
import { exampleById } from '../examples/examples';
import { layoutScene } from '../scene/layout';
import { emptySceneInput, sceneInputAt } from '../scene/sceneInput';
import { THEMES } from '../scene/theme';
import { indexTrace } from '../scene/traceIndex';
import { sceneToSvg } from './svg';

/** Checks that every tag is closed in order (the SVG is XML), and returns the element names. */
function elements(svg: string): string[] {
  const stack: string[] = [];
  const names: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-z]+)\b[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (closing) expect(stack.pop()).toBe(name);
    else {
      names.push(name);
      if (!selfClosing) stack.push(name);
    }
  }
  expect(stack).toEqual([]);
  return names;
}

describe('sceneToSvg', () => {
  const example = exampleById('classic')!;
  const trace = run(example.source, { model: example.model });
  const index = indexTrace(trace);
  const step = index.eventSteps[8];
  const scene = layoutScene(
    sceneInputAt(trace, index, step),
    { width: 1280, height: 720, fontScale: 1 },
    THEMES.projector,
  );

  it('draws every visible node of the scene, at the size asked for', () => {
    const svg = sceneToSvg(scene, { width: 1920, height: 1080 });
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080" viewBox="0 0 1280 720"/,
    );
    const names = elements(svg);
    const visible = scene.nodes.filter((n) => n.opacity > 0.001);
    expect(names.filter((n) => n === 'g')).toHaveLength(visible.length);
    for (const n of visible) expect(svg).toContain(`data-key="${n.key}"`);
  });

  it('carries the panel titles, as text and as labels', () => {
    const svg = sceneToSvg(scene);
    const titles = [
      'Call stack',
      'Web APIs',
      'Promises',
      'Event loop',
      'Microtask queue',
      'Task queue',
      'Console',
    ];
    for (const title of titles) expect(svg).toContain(`data-role="panel" aria-label="${title}"`);
    for (const panel of scene.nodes.filter((n) => n.role === 'panel'))
      if (panel.type === 'box') expect(svg).toContain(`>${panel.lines[0].text}</text>`);
  });

  it('escapes what a program printed, and drops characters XML cannot hold', () => {
    const input = emptySceneInput();
    input.consoleCount = 1;
    input.console = [
      {
        key: 'console:0',
        index: 0,
        level: 'log',
        text: '<b> & "q" \u0001',
        step: 0,
        current: true,
      },
    ];
    const svg = sceneToSvg(
      layoutScene(input, { width: 1000, height: 640, fontScale: 1 }, THEMES.light),
    );
    elements(svg);
    expect(svg).toContain('&lt;b&gt; &amp; "q" </text>');
    expect(svg).toContain('aria-label="&lt;b&gt; &amp; &quot;q&quot; "');
    expect(svg).not.toContain('\u0001');
  });
});
