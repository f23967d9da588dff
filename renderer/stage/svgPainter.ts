/**
 * Draws a Scene into an SVG element with a D3 keyed join: one <g> per node, keyed by the node's
 * stable key, so the same token is the same element from frame to frame. Called once per
 * animation frame with the tweened scene. Attributes are written only when they change, so a
 * frame costs DOM work only for what moves (the panels, most of the scene, cost nothing).
 */
import { select } from 'd3';
import { arrowHead, dashFor, progressBar } from '../scene/paintCanvas';
import { arcPath } from '../scene/svgPaths';
import type { BoxNode, Scene, SceneFonts, SceneNode, TextLine, TextNode } from '../scene/types';

const SVG = 'http://www.w3.org/2000/svg';

type Cached = Element & { __attrs?: Record<string, string | null> };

/** Sets an attribute unless it already has that value (null removes it). */
function attr(el: Element, name: string, value: string | number | null): void {
  const cached = el as Cached;
  const cache = (cached.__attrs ??= {});
  const v =
    value === null
      ? null
      : typeof value === 'number'
        ? String(Math.round(value * 100) / 100)
        : value;
  if (cache[name] === v) return;
  cache[name] = v;
  if (v === null) el.removeAttribute(name);
  else el.setAttribute(name, v);
}

export function drawScene(svg: SVGSVGElement, layer: SVGGElement, scene: Scene): void {
  attr(svg, 'viewBox', `0 0 ${scene.width} ${scene.height}`);
  attr(svg, 'style', `display:block;width:100%;height:100%;background:${scene.background}`);
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
  (g as Cached).__attrs = {};
  g.dataset.type = d.type;
  g.dataset.key = d.key;
  g.dataset.panel = d.panel;
  g.dataset.role = d.role;
  g.setAttribute('data-testid', `stage-${d.role}`);
  const add = (tag: string) => g.appendChild(document.createElementNS(SVG, tag));
  switch (d.type) {
    case 'box':
      add('rect'); // fill
      add('rect'); // accent strip
      add('rect'); // accent cover
      add('rect'); // progress track
      add('rect'); // progress bar
      add('rect'); // outline
      break;
    case 'text':
      add('rect'); // highlight
      add('text');
      break;
    case 'line':
      add('line');
      add('path'); // arrow head
      break;
    case 'arc':
      add('path');
      break;
  }
}

function update(g: SVGGElement, d: SceneNode, fonts: SceneFonts): void {
  attr(g, 'opacity', d.opacity >= 0.999 ? null : d.opacity.toFixed(3));
  attr(g, 'aria-label', d.label ?? null);
  attr(g, 'data-jump', d.jumpTo === undefined ? null : String(d.jumpTo));
  // A frame that opens to its variables: a button for the keyboard and for screen readers.
  const toggle = d.toggle;
  attr(g, 'data-toggle', toggle ? d.key : null);
  attr(g, 'tabindex', toggle ? '0' : null);
  attr(g, 'role', toggle ? 'button' : null);
  attr(g, 'aria-expanded', toggle ? String(toggle.expanded) : null);
  attr(g, 'cursor', d.jumpTo === undefined && !toggle ? null : 'pointer');
  const c = g.children;
  switch (d.type) {
    case 'box':
      updateBox(c, d, fonts, g);
      break;
    case 'text':
      updateText(c, d, fonts);
      break;
    case 'line': {
      const [line, head] = [c[0], c[1]];
      attr(line, 'x1', d.x1);
      attr(line, 'y1', d.y1);
      attr(line, 'x2', d.x2);
      attr(line, 'y2', d.y2);
      attr(line, 'stroke', d.color);
      attr(line, 'stroke-width', d.width);
      attr(line, 'stroke-dasharray', d.dashed ? dashFor(d.width).join(' ') : null);
      attr(
        head,
        'd',
        d.head
          ? `M ${arrowHead(d)
              .map((p) => p.join(' '))
              .join(' L ')} Z`
          : null,
      );
      attr(head, 'fill', d.color);
      break;
    }
    case 'arc': {
      const path = c[0];
      attr(path, 'd', arcPath(d));
      attr(path, 'fill', 'none');
      attr(path, 'stroke', d.color);
      attr(path, 'stroke-width', d.width);
      break;
    }
  }
}

function rect(
  el: Element,
  x: number,
  y: number,
  w: number,
  h: number,
  rx: number,
  fill: string,
  display = true,
): void {
  attr(el, 'display', display ? null : 'none');
  if (!display) return;
  attr(el, 'x', x);
  attr(el, 'y', y);
  attr(el, 'width', Math.max(0, w));
  attr(el, 'height', Math.max(0, h));
  attr(el, 'rx', rx);
  attr(el, 'fill', fill);
}

function updateBox(c: HTMLCollection, d: BoxNode, fonts: SceneFonts, g: SVGGElement): void {
  const w = Math.max(0, d.w);
  const h = Math.max(0, d.h);
  const r = Math.max(0, Math.min(d.radius, w / 2, h / 2));
  rect(c[0], d.x, d.y, w, h, r, d.fill);
  // The accent strip is the left edge of the rounded box: a rounded rect as wide as the strip
  // plus the corner radius, its right part covered again by the box's fill.
  const accent = d.accent !== undefined && w > d.accent.width + r;
  rect(c[1], d.x, d.y, (d.accent?.width ?? 0) + r, h, r, d.accent?.color ?? 'none', accent);
  rect(
    c[2],
    d.x + (d.accent?.width ?? 0),
    d.y + d.strokeWidth / 2,
    r,
    h - d.strokeWidth,
    0,
    d.fill,
    accent,
  );
  const bar = progressBar(d);
  const p = d.progress;
  rect(c[3], bar.x, bar.y, bar.w, bar.h, bar.h / 2, p?.track ?? 'none', p !== undefined);
  rect(
    c[4],
    bar.x,
    bar.y,
    bar.w * (p?.value ?? 0),
    bar.h,
    bar.h / 2,
    p?.color ?? 'none',
    p !== undefined && p.value > 0,
  );
  const outline = c[5];
  rect(outline, d.x, d.y, w, h, r, 'none');
  attr(outline, 'stroke', d.strokeWidth > 0 ? d.stroke : 'none');
  attr(outline, 'stroke-width', d.strokeWidth);
  attr(outline, 'stroke-dasharray', d.dashed ? dashFor(d.strokeWidth).join(' ') : null);
  // One <text> per line, after the six rects.
  while (g.children.length < 6 + d.lines.length)
    g.appendChild(document.createElementNS(SVG, 'text'));
  while (g.children.length > 6 + d.lines.length) g.lastChild!.remove();
  d.lines.forEach((line, i) => setText(g.children[6 + i], line, d.x, d.y, fonts));
}

function updateText(c: HTMLCollection, d: TextNode, fonts: SceneFonts): void {
  const hl = d.highlight;
  rect(
    c[0],
    d.x + (hl?.x ?? 0),
    d.y + (hl?.y ?? 0),
    hl?.w ?? 0,
    hl?.h ?? 0,
    hl ? Math.min(6, hl.h / 4) : 0,
    hl?.fill ?? 'none',
    hl !== undefined,
  );
  setText(c[1], d.line, d.x, d.y, fonts);
}

function setText(el: Element, line: TextLine, ox: number, oy: number, fonts: SceneFonts): void {
  attr(el, 'x', ox + line.x);
  attr(el, 'y', oy + line.y);
  attr(el, 'font-size', line.size);
  attr(el, 'font-weight', line.weight);
  attr(el, 'font-family', fonts[line.font]);
  attr(el, 'fill', line.color);
  attr(el, 'text-anchor', line.align);
  // Compared with the text last written rather than read back: reading textContent costs a
  // string built from the DOM on every frame, for every line.
  const cache = ((el as Cached).__attrs ??= {});
  if (cache['#text'] === line.text) return;
  cache['#text'] = line.text;
  el.textContent = line.text;
}
