/**
 * paintCanvas: draws a Scene with the Canvas 2D API — the fast path for exporters (GIF, video,
 * PNG) and for the timeline's hover preview. It draws what the SVG stage draws, node for node.
 */
import type { ArcNode, BoxNode, LineNode, Scene, SceneFonts, TextLine, TextNode } from './types';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface PaintOptions {
  /** Device pixels per scene pixel (e.g. 2 for a 2x export). */
  scale?: number;
  /** Leave the background transparent. */
  transparent?: boolean;
}

export function paintCanvas(ctx: Context2D, scene: Scene, options: PaintOptions = {}): void {
  const scale = options.scale ?? 1;
  ctx.save();
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.clearRect(0, 0, scene.width, scene.height);
  if (!options.transparent) {
    ctx.fillStyle = scene.background;
    ctx.fillRect(0, 0, scene.width, scene.height);
  }
  for (const node of scene.nodes) {
    if (node.opacity <= 0.001) continue;
    ctx.globalAlpha = Math.min(1, node.opacity);
    switch (node.type) {
      case 'box':
        paintBox(ctx, node, scene.fonts);
        break;
      case 'text':
        paintText(ctx, node, scene.fonts);
        break;
      case 'line':
        paintLine(ctx, node);
        break;
      case 'arc':
        paintArc(ctx, node);
        break;
    }
  }
  ctx.restore();
}

function roundedRect(ctx: Context2D, x: number, y: number, w: number, h: number, r: number): void {
  const rr = Math.max(0, Math.min(r, w / 2, h / 2));
  ctx.beginPath();
  ctx.moveTo(x + rr, y);
  ctx.lineTo(x + w - rr, y);
  ctx.arcTo(x + w, y, x + w, y + rr, rr);
  ctx.lineTo(x + w, y + h - rr);
  ctx.arcTo(x + w, y + h, x + w - rr, y + h, rr);
  ctx.lineTo(x + rr, y + h);
  ctx.arcTo(x, y + h, x, y + h - rr, rr);
  ctx.lineTo(x, y + rr);
  ctx.arcTo(x, y, x + rr, y, rr);
  ctx.closePath();
}

function paintBox(ctx: Context2D, n: BoxNode, fonts: SceneFonts): void {
  if (n.w <= 0 || n.h <= 0) return;
  roundedRect(ctx, n.x, n.y, n.w, n.h, n.radius);
  ctx.fillStyle = n.fill;
  ctx.fill();
  if (n.accent) {
    ctx.save();
    ctx.clip();
    ctx.fillStyle = n.accent.color;
    ctx.fillRect(n.x, n.y, n.accent.width, n.h);
    ctx.restore();
  }
  if (n.progress) {
    const bar = progressBar(n);
    ctx.fillStyle = n.progress.track;
    roundedRect(ctx, bar.x, bar.y, bar.w, bar.h, bar.h / 2);
    ctx.fill();
    if (n.progress.value > 0) {
      ctx.fillStyle = n.progress.color;
      roundedRect(ctx, bar.x, bar.y, bar.w * n.progress.value, bar.h, bar.h / 2);
      ctx.fill();
    }
  }
  if (n.accent || n.progress) roundedRect(ctx, n.x, n.y, n.w, n.h, n.radius);
  if (n.strokeWidth > 0) {
    ctx.strokeStyle = n.stroke;
    ctx.lineWidth = n.strokeWidth;
    ctx.setLineDash(n.dashed ? dashFor(n.strokeWidth) : []);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  for (const line of n.lines) paintLineOfText(ctx, line, n.x, n.y, fonts);
}

/** Where a box's progress bar goes: inset along its bottom edge, clear of the corners. */
export function progressBar(n: BoxNode): { x: number; y: number; w: number; h: number } {
  const r = Math.max(0, Math.min(n.radius, n.w / 2, n.h / 2));
  const h = Math.max(3, Math.round(n.h * 0.1));
  const x = n.x + (n.accent?.width ?? 0) + r * 0.6;
  const w = Math.max(0, n.x + n.w - r - x);
  return { x, y: n.y + n.h - h - Math.max(2, r * 0.35), w, h };
}

export function dashFor(strokeWidth: number): number[] {
  return [strokeWidth * 3, strokeWidth * 2];
}

function paintLineOfText(
  ctx: Context2D,
  line: TextLine,
  ox: number,
  oy: number,
  fonts: SceneFonts,
): void {
  if (!line.text) return;
  ctx.font = `${line.weight} ${line.size}px ${fonts[line.font]}`;
  ctx.textAlign = line.align === 'middle' ? 'center' : line.align === 'end' ? 'right' : 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = line.color;
  ctx.fillText(line.text, ox + line.x, oy + line.y);
}

function paintText(ctx: Context2D, n: TextNode, fonts: SceneFonts): void {
  if (n.highlight) {
    ctx.fillStyle = n.highlight.fill;
    roundedRect(
      ctx,
      n.x + n.highlight.x,
      n.y + n.highlight.y,
      n.highlight.w,
      n.highlight.h,
      Math.min(6, n.highlight.h / 4),
    );
    ctx.fill();
  }
  paintLineOfText(ctx, n.line, n.x, n.y, fonts);
}

function paintLine(ctx: Context2D, n: LineNode): void {
  ctx.strokeStyle = n.color;
  ctx.lineWidth = n.width;
  ctx.setLineDash(n.dashed ? dashFor(n.width) : []);
  ctx.beginPath();
  ctx.moveTo(n.x1, n.y1);
  ctx.lineTo(n.x2, n.y2);
  ctx.stroke();
  ctx.setLineDash([]);
  if (n.head) {
    const [p1, p2, p3] = arrowHead(n);
    ctx.fillStyle = n.color;
    ctx.beginPath();
    ctx.moveTo(p1[0], p1[1]);
    ctx.lineTo(p2[0], p2[1]);
    ctx.lineTo(p3[0], p3[1]);
    ctx.closePath();
    ctx.fill();
  }
}

/** The three corners of an arrow head at the end of a line. */
export function arrowHead(n: LineNode): [number, number][] {
  const angle = Math.atan2(n.y2 - n.y1, n.x2 - n.x1);
  const size = Math.max(6, n.width * 3.5);
  return [
    [n.x2, n.y2],
    [n.x2 - size * Math.cos(angle - 0.45), n.y2 - size * Math.sin(angle - 0.45)],
    [n.x2 - size * Math.cos(angle + 0.45), n.y2 - size * Math.sin(angle + 0.45)],
  ];
}

function paintArc(ctx: Context2D, n: ArcNode): void {
  if (n.r <= 0 || n.width <= 0) return;
  ctx.strokeStyle = n.color;
  ctx.lineWidth = n.width;
  ctx.lineCap = 'butt';
  ctx.beginPath();
  // Scene angles run clockwise from 12 o'clock; canvas angles from 3 o'clock.
  ctx.arc(n.cx, n.cy, n.r, n.start - Math.PI / 2, n.end - Math.PI / 2);
  ctx.stroke();
}
