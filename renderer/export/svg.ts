/**
 * sceneToSvg: a Scene as a standalone SVG document — the same elements the stage's D3 painter
 * draws (stage/svgPainter.ts), written as text, so it needs no DOM and opens in any editor.
 */
import { arrowHead, dashFor, progressBar } from '../scene/paintCanvas';
import { arcPath } from '../scene/svgPaths';
import type { BoxNode, Scene, SceneFonts, SceneNode, TextLine, TextNode } from '../scene/types';
import type { Size } from './options';

/** `output` is the size in pixels the picture is shown at; the scene fills it. */
export function sceneToSvg(scene: Scene, output: Size = scene): string {
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${output.width}" height="${output.height}"` +
      ` viewBox="0 0 ${n(scene.width)} ${n(scene.height)}" role="img">`,
    `<rect width="${n(scene.width)}" height="${n(scene.height)}" fill="${attr(scene.background)}"/>`,
  ];
  for (const node of scene.nodes) {
    if (node.opacity <= 0.001) continue;
    out.push(open(node));
    switch (node.type) {
      case 'box':
        box(out, node, scene.fonts);
        break;
      case 'text':
        text(out, node, scene.fonts);
        break;
      case 'line': {
        const dash = node.dashed
          ? ` stroke-dasharray="${dashFor(node.width).map(n).join(' ')}"`
          : '';
        out.push(
          `<line x1="${n(node.x1)}" y1="${n(node.y1)}" x2="${n(node.x2)}" y2="${n(node.y2)}"` +
            ` stroke="${attr(node.color)}" stroke-width="${n(node.width)}"${dash}/>`,
        );
        if (node.head) {
          const points = arrowHead(node)
            .map(([x, y]) => `${n(x)},${n(y)}`)
            .join(' ');
          out.push(`<polygon points="${points}" fill="${attr(node.color)}"/>`);
        }
        break;
      }
      case 'arc':
        out.push(
          `<path d="${arcPath(node)}" fill="none" stroke="${attr(node.color)}"` +
            ` stroke-width="${n(node.width)}"/>`,
        );
        break;
    }
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}

function open(node: SceneNode): string {
  const opacity = node.opacity >= 0.999 ? '' : ` opacity="${n(node.opacity)}"`;
  const label = node.label ? ` aria-label="${attr(node.label)}"` : '';
  return `<g data-key="${attr(node.key)}" data-panel="${node.panel}" data-role="${node.role}"${opacity}${label}>`;
}

function box(out: string[], d: BoxNode, fonts: SceneFonts): void {
  const w = Math.max(0, d.w);
  const h = Math.max(0, d.h);
  if (w <= 0 || h <= 0) return;
  const r = Math.max(0, Math.min(d.radius, w / 2, h / 2));
  const rect = (x: number, y: number, rw: number, rh: number, rr: number, rest: string) =>
    `<rect x="${n(x)}" y="${n(y)}" width="${n(rw)}" height="${n(rh)}"${rr > 0 ? ` rx="${n(rr)}"` : ''} ${rest}/>`;
  out.push(rect(d.x, d.y, w, h, r, `fill="${attr(d.fill)}"`));
  // The accent strip is the box's rounded left edge: a rounded rect as wide as the strip plus
  // the corner radius, its right part covered again by the fill (as the stage draws it).
  if (d.accent && w > d.accent.width + r) {
    out.push(rect(d.x, d.y, d.accent.width + r, h, r, `fill="${attr(d.accent.color)}"`));
    out.push(
      rect(
        d.x + d.accent.width,
        d.y + d.strokeWidth / 2,
        r,
        Math.max(0, h - d.strokeWidth),
        0,
        `fill="${attr(d.fill)}"`,
      ),
    );
  }
  if (d.progress) {
    const bar = progressBar(d);
    out.push(rect(bar.x, bar.y, bar.w, bar.h, bar.h / 2, `fill="${attr(d.progress.track)}"`));
    if (d.progress.value > 0)
      out.push(
        rect(
          bar.x,
          bar.y,
          bar.w * d.progress.value,
          bar.h,
          bar.h / 2,
          `fill="${attr(d.progress.color)}"`,
        ),
      );
  }
  if (d.strokeWidth > 0) {
    const dash = d.dashed ? ` stroke-dasharray="${dashFor(d.strokeWidth).map(n).join(' ')}"` : '';
    out.push(
      rect(
        d.x,
        d.y,
        w,
        h,
        r,
        `fill="none" stroke="${attr(d.stroke)}" stroke-width="${n(d.strokeWidth)}"${dash}`,
      ),
    );
  }
  for (const line of d.lines) out.push(textLine(line, d.x, d.y, fonts));
}

function text(out: string[], d: TextNode, fonts: SceneFonts): void {
  const hl = d.highlight;
  if (hl)
    out.push(
      `<rect x="${n(d.x + hl.x)}" y="${n(d.y + hl.y)}" width="${n(hl.w)}" height="${n(hl.h)}"` +
        ` rx="${n(Math.min(6, hl.h / 4))}" fill="${attr(hl.fill)}"/>`,
    );
  out.push(textLine(d.line, d.x, d.y, fonts));
}

function textLine(line: TextLine, ox: number, oy: number, fonts: SceneFonts): string {
  if (!line.text) return '';
  return (
    `<text x="${n(ox + line.x)}" y="${n(oy + line.y)}" font-size="${n(line.size)}"` +
    ` font-weight="${line.weight}" font-family="${attr(fonts[line.font])}"` +
    ` fill="${attr(line.color)}" text-anchor="${line.align}">${escapeText(line.text)}</text>`
  );
}

/** Numbers with at most two decimals: exact enough for pixels, and small files. */
function n(v: number): string {
  return String(Math.round(v * 100) / 100);
}

function attr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

function escapeText(s: string): string {
  return (
    s
      // XML allows no control characters but tab and newlines (a program may print any).
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}
