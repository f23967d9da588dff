/**
 * Draws a Scene into an SVG element with a D3 keyed join: one <g> per node, keyed by the node's
 * stable key, so the same token is the same element from frame to frame. Called once per
 * animation frame with the tweened scene; it only sets attributes (no layout, no allocation of
 * elements for nodes that persist).
 */
import { select, type Selection } from 'd3';
import { arrowHead, dashFor, progressBar } from '../scene/paintCanvas';
import { arcPath } from '../scene/svgPaths';
import type { BoxNode, Scene, SceneFonts, SceneNode, TextLine, TextNode } from '../scene/types';

const SVG = 'http://www.w3.org/2000/svg';

export function drawScene(svg: SVGSVGElement, layer: SVGGElement, scene: Scene): void {
  svg.setAttribute('viewBox', `0 0 ${scene.width} ${scene.height}`);
  svg.style.background = scene.background;
  const fonts = scene.fonts;
  select(layer)
    .selectAll<SVGGElement, SceneNode>(':scope > g')
    .data(scene.nodes, (d) => d.key)
    .join(
      (enter) =>
        enter.append('g').each(function (d) {
          build(this, d);
        }),
      (update) => update,
      (exit) => exit.remove(),
    )
    .each(function (d) {
      if (this.dataset.type !== d.type) build(this, d);
      update(this, d, fonts);
    })
    .order();
}

/** Creates a node's child elements once; `update` fills in attributes every frame. */
function build(g: SVGGElement, d: SceneNode): void {
  while (g.firstChild) g.removeChild(g.firstChild);
  g.dataset.type = d.type;
  g.dataset.key = d.key;
  g.dataset.panel = d.panel;
  g.dataset.role = d.role;
  g.setAttribute('data-testid', `stage-${d.role}`);
  const add = (tag: string, cls: string) => {
    const el = document.createElementNS(SVG, tag);
    el.setAttribute('class', cls);
    g.appendChild(el);
    return el;
  };
  switch (d.type) {
    case 'box':
      add('rect', 'fill');
      add('rect', 'accent');
      add('rect', 'accent-cover');
      add('rect', 'track');
      add('rect', 'bar');
      add('rect', 'outline');
      break;
    case 'text':
      add('rect', 'highlight');
      add('text', 'line');
      break;
    case 'line':
      add('line', 'stroke');
      add('path', 'head');
      break;
    case 'arc':
      add('path', 'arc');
      break;
  }
}

function update(g: SVGGElement, d: SceneNode, fonts: SceneFonts): void {
  const node = select(g);
  node.attr('opacity', d.opacity >= 0.999 ? null : d.opacity.toFixed(3));
  node.attr('aria-label', d.label ?? null);
  if (d.jumpTo !== undefined) {
    g.dataset.jump = String(d.jumpTo);
    g.style.cursor = 'pointer';
  }
  switch (d.type) {
    case 'box':
      updateBox(node, d, fonts);
      break;
    case 'text':
      updateText(node, d, fonts);
      break;
    case 'line': {
      node
        .select('line')
        .attr('x1', d.x1)
        .attr('y1', d.y1)
        .attr('x2', d.x2)
        .attr('y2', d.y2)
        .attr('stroke', d.color)
        .attr('stroke-width', d.width)
        .attr('stroke-dasharray', d.dashed ? dashFor(d.width).join(' ') : null);
      node
        .select('path.head')
        .attr(
          'd',
          d.head
            ? `M ${arrowHead(d)
                .map((p) => p.join(' '))
                .join(' L ')} Z`
            : null,
        )
        .attr('fill', d.color);
      break;
    }
    case 'arc':
      node
        .select('path')
        .attr('d', arcPath(d))
        .attr('fill', 'none')
        .attr('stroke', d.color)
        .attr('stroke-width', d.width);
      break;
  }
}

function updateBox(
  node: Selection<SVGGElement, unknown, null, undefined>,
  d: BoxNode,
  fonts: SceneFonts,
): void {
  const w = Math.max(0, d.w);
  const h = Math.max(0, d.h);
  const r = Math.max(0, Math.min(d.radius, w / 2, h / 2));
  node
    .select('rect.fill')
    .attr('x', d.x)
    .attr('y', d.y)
    .attr('width', w)
    .attr('height', h)
    .attr('rx', r)
    .attr('fill', d.fill);
  // The accent strip is the left edge of the rounded box: a rounded rect as wide as the strip
  // plus the corner radius, its right part covered again by the box's fill.
  const accent = d.accent && w > d.accent.width + r;
  node
    .select('rect.accent')
    .attr('display', accent ? null : 'none')
    .attr('x', d.x)
    .attr('y', d.y)
    .attr('width', accent ? d.accent!.width + r : 0)
    .attr('height', h)
    .attr('rx', r)
    .attr('fill', d.accent?.color ?? 'none');
  node
    .select('rect.accent-cover')
    .attr('display', accent ? null : 'none')
    .attr('x', accent ? d.x + d.accent!.width : 0)
    .attr('y', d.y + d.strokeWidth / 2)
    .attr('width', r)
    .attr('height', Math.max(0, h - d.strokeWidth))
    .attr('fill', d.fill);
  const p = d.progress;
  const bar = progressBar(d);
  node
    .select('rect.track')
    .attr('display', p ? null : 'none')
    .attr('x', bar.x)
    .attr('y', bar.y)
    .attr('width', bar.w)
    .attr('height', bar.h)
    .attr('rx', bar.h / 2)
    .attr('fill', p?.track ?? 'none');
  node
    .select('rect.bar')
    .attr('display', p ? null : 'none')
    .attr('x', bar.x)
    .attr('y', bar.y)
    .attr('width', p ? bar.w * p.value : 0)
    .attr('height', bar.h)
    .attr('rx', bar.h / 2)
    .attr('fill', p?.color ?? 'none');
  node
    .select('rect.outline')
    .attr('x', d.x)
    .attr('y', d.y)
    .attr('width', w)
    .attr('height', h)
    .attr('rx', r)
    .attr('fill', 'none')
    .attr('stroke', d.strokeWidth > 0 ? d.stroke : 'none')
    .attr('stroke-width', d.strokeWidth)
    .attr('stroke-dasharray', d.dashed ? dashFor(d.strokeWidth).join(' ') : null);
  node
    .selectAll<SVGTextElement, TextLine>('text')
    .data(d.lines)
    .join('text')
    .each(function (line) {
      setText(this, line, d.x, d.y, fonts);
    });
}

function updateText(
  node: Selection<SVGGElement, unknown, null, undefined>,
  d: TextNode,
  fonts: SceneFonts,
): void {
  const hl = d.highlight;
  node
    .select('rect.highlight')
    .attr('display', hl ? null : 'none')
    .attr('x', hl ? d.x + hl.x : 0)
    .attr('y', hl ? d.y + hl.y : 0)
    .attr('width', hl?.w ?? 0)
    .attr('height', hl?.h ?? 0)
    .attr('rx', hl ? Math.min(6, hl.h / 4) : 0)
    .attr('fill', hl?.fill ?? 'none');
  setText(node.select<SVGTextElement>('text.line').node()!, d.line, d.x, d.y, fonts);
}

function setText(
  el: SVGTextElement,
  line: TextLine,
  ox: number,
  oy: number,
  fonts: SceneFonts,
): void {
  el.setAttribute('x', String(ox + line.x));
  el.setAttribute('y', String(oy + line.y));
  el.setAttribute('font-size', String(line.size));
  el.setAttribute('font-weight', String(line.weight));
  el.setAttribute('font-family', fonts[line.font]);
  el.setAttribute('fill', line.color);
  el.setAttribute('text-anchor', line.align);
  if (el.textContent !== line.text) el.textContent = line.text;
}
