/**
 * sceneToSvg: a Scene as a standalone SVG document (for SVG frame export and the HTML player).
 * It draws what the live stage and paintCanvas draw, element for element.
 */
import { arrowHead, dashFor, progressBar } from './paintCanvas';
import { arcPath } from './svgPaths';
import type { BoxNode, Scene, SceneFonts, SceneNode, TextLine } from './types';

export function sceneToSvg(scene: Scene): string {
  const body = scene.nodes.map((n) => nodeToSvg(n, scene.fonts)).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}">` +
    `<rect width="100%" height="100%" fill="${esc(scene.background)}"/>${body}</svg>`
  );
}

function nodeToSvg(n: SceneNode, fonts: SceneFonts): string {
  if (n.opacity <= 0.001) return '';
  const open = `<g data-key="${esc(n.key)}"${n.opacity < 0.999 ? ` opacity="${r(n.opacity)}"` : ''}>`;
  switch (n.type) {
    case 'box':
      return `${open}${boxToSvg(n, fonts)}</g>`;
    case 'text': {
      const hl = n.highlight;
      const back = hl
        ? `<rect x="${r(n.x + hl.x)}" y="${r(n.y + hl.y)}" width="${r(hl.w)}" height="${r(hl.h)}" rx="${r(Math.min(6, hl.h / 4))}" fill="${esc(hl.fill)}"/>`
        : '';
      return `${open}${back}${textToSvg(n.line, n.x, n.y, fonts)}</g>`;
    }
    case 'line': {
      const dash = n.dashed ? ` stroke-dasharray="${dashFor(n.width).join(' ')}"` : '';
      const head = n.head
        ? `<path d="M ${arrowHead(n)
            .map((p) => p.map(r).join(' '))
            .join(' L ')} Z" fill="${esc(n.color)}"/>`
        : '';
      return `${open}<line x1="${r(n.x1)}" y1="${r(n.y1)}" x2="${r(n.x2)}" y2="${r(n.y2)}" stroke="${esc(n.color)}" stroke-width="${r(n.width)}"${dash}/>${head}</g>`;
    }
    case 'arc':
      return `${open}<path d="${arcPath(n)}" fill="none" stroke="${esc(n.color)}" stroke-width="${r(n.width)}"/></g>`;
  }
}

function boxToSvg(n: BoxNode, fonts: SceneFonts): string {
  const w = Math.max(0, n.w);
  const h = Math.max(0, n.h);
  const rad = Math.max(0, Math.min(n.radius, w / 2, h / 2));
  let out = `<rect x="${r(n.x)}" y="${r(n.y)}" width="${r(w)}" height="${r(h)}" rx="${r(rad)}" fill="${esc(n.fill)}"/>`;
  if (n.accent && w > n.accent.width + rad) {
    out += `<rect x="${r(n.x)}" y="${r(n.y)}" width="${r(n.accent.width + rad)}" height="${r(h)}" rx="${r(rad)}" fill="${esc(n.accent.color)}"/>`;
    out += `<rect x="${r(n.x + n.accent.width)}" y="${r(n.y + n.strokeWidth / 2)}" width="${r(rad)}" height="${r(h - n.strokeWidth)}" fill="${esc(n.fill)}"/>`;
  }
  if (n.progress) {
    const bar = progressBar(n);
    out += `<rect x="${r(bar.x)}" y="${r(bar.y)}" width="${r(bar.w)}" height="${r(bar.h)}" rx="${r(bar.h / 2)}" fill="${esc(n.progress.track)}"/>`;
    if (n.progress.value > 0)
      out += `<rect x="${r(bar.x)}" y="${r(bar.y)}" width="${r(bar.w * n.progress.value)}" height="${r(bar.h)}" rx="${r(bar.h / 2)}" fill="${esc(n.progress.color)}"/>`;
  }
  if (n.strokeWidth > 0) {
    const dash = n.dashed ? ` stroke-dasharray="${dashFor(n.strokeWidth).join(' ')}"` : '';
    out += `<rect x="${r(n.x)}" y="${r(n.y)}" width="${r(w)}" height="${r(h)}" rx="${r(rad)}" fill="none" stroke="${esc(n.stroke)}" stroke-width="${r(n.strokeWidth)}"${dash}/>`;
  }
  return out + n.lines.map((line) => textToSvg(line, n.x, n.y, fonts)).join('');
}

function textToSvg(line: TextLine, ox: number, oy: number, fonts: SceneFonts): string {
  if (!line.text) return '';
  return `<text x="${r(ox + line.x)}" y="${r(oy + line.y)}" font-size="${r(line.size)}" font-weight="${line.weight}" font-family="${esc(fonts[line.font])}" fill="${esc(line.color)}" text-anchor="${line.align}">${esc(line.text)}</text>`;
}

function r(v: number): string {
  return String(Math.round(v * 100) / 100);
}

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
