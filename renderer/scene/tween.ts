/**
 * tweenScene: the scene a fraction `t` of the way from `a` to `b` (t already eased). Pure.
 *
 * - A node in both scenes moves, resizes and recolours.
 * - A node only in `b` fades in; it starts where its origin is in `a` (a task starts at its
 *   timer), or where a leaving node of `a` that names it as *its* origin is (stepping back: the
 *   job a frame came from returns from the frame), else at its `enter` offset.
 * - A node only in `a` fades out, travelling the same way in reverse.
 * So the picture is direction-aware for free: stepping back plays every move backwards.
 */
import type { ArcNode, BoxNode, LineNode, Scene, SceneNode, TextLine, TextNode } from './types';

interface Anchor {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function tweenScene(a: Scene, b: Scene, t: number): Scene {
  if (t <= 0) return a;
  if (t >= 1) return b;
  const inA = new Map<string, SceneNode>();
  for (const n of a.nodes) inA.set(n.key, n);
  const inB = new Map<string, SceneNode>();
  for (const n of b.nodes) inB.set(n.key, n);
  // Leaving nodes of `a` by the key they name as origin, to pair them with entering nodes of `b`.
  const leavingByOrigin = new Map<string, SceneNode>();
  for (const n of a.nodes) if (n.origin && !inB.has(n.key)) leavingByOrigin.set(n.origin, n);
  const enteringByOrigin = new Map<string, SceneNode>();
  for (const n of b.nodes) if (n.origin && !inA.has(n.key)) enteringByOrigin.set(n.origin, n);

  const nodes: SceneNode[] = [];
  for (const nb of b.nodes) {
    const na = inA.get(nb.key);
    if (na && na.type === nb.type) {
      nodes.push(mix(na, nb, t));
      continue;
    }
    // Entering: from its origin, or from the leaving node it replaces, or from its offset.
    const partner = (nb.origin && inA.get(nb.origin)) || leavingByOrigin.get(nb.key);
    const from = partner ? moveTo(nb, anchorOf(partner), true) : offset(nb, nb.enter, -1);
    nodes.push(withOpacity(mix(from, nb, t), nb.opacity * t));
  }
  for (const na of a.nodes) {
    const nb = inB.get(na.key);
    if (nb && nb.type === na.type) continue;
    // Leaving: towards the node that came from it, or towards the node it came from.
    const partner = enteringByOrigin.get(na.key) ?? (na.origin ? inB.get(na.origin) : undefined);
    const to = partner ? moveTo(na, anchorOf(partner), true) : offset(na, na.enter, -1);
    nodes.push(withOpacity(mix(na, to, t), na.opacity * (1 - t)));
  }
  return { ...b, background: t < 0.5 ? a.background : b.background, nodes };
}

/** The box a node occupies, for travelling between nodes of different types. */
export function anchorOf(n: SceneNode): Anchor {
  switch (n.type) {
    case 'box':
      return { x: n.x, y: n.y, w: n.w, h: n.h };
    case 'text':
      return {
        x: n.x,
        y: n.y - n.line.size,
        w: n.line.size * n.line.text.length * 0.6,
        h: n.line.size * 1.3,
      };
    case 'line':
      return {
        x: Math.min(n.x1, n.x2),
        y: Math.min(n.y1, n.y2),
        w: Math.abs(n.x2 - n.x1),
        h: Math.abs(n.y2 - n.y1),
      };
    case 'arc':
      return { x: n.cx - n.r, y: n.cy - n.r, w: n.r * 2, h: n.r * 2 };
  }
}

/** `n` moved so that its centre is at `to`'s centre (a box also takes `to`'s size). */
function moveTo<T extends SceneNode>(n: T, to: Anchor, resize: boolean): T {
  const from = anchorOf(n);
  const dx = to.x + to.w / 2 - (from.x + from.w / 2);
  const dy = to.y + to.h / 2 - (from.y + from.h / 2);
  if (n.type === 'box' && resize) return { ...n, x: to.x, y: to.y, w: to.w, h: to.h };
  return translate(n, dx, dy);
}

function offset<T extends SceneNode>(
  n: T,
  by: { dx: number; dy: number } | undefined,
  sign: number,
): T {
  if (!by) return n;
  return translate(n, by.dx * -sign, by.dy * -sign);
}

function translate<T extends SceneNode>(n: T, dx: number, dy: number): T {
  switch (n.type) {
    case 'box':
    case 'text':
      return { ...n, x: n.x + dx, y: n.y + dy };
    case 'line':
      return { ...n, x1: n.x1 + dx, y1: n.y1 + dy, x2: n.x2 + dx, y2: n.y2 + dy };
    case 'arc':
      return { ...n, cx: n.cx + dx, cy: n.cy + dy };
  }
  return n;
}

function withOpacity<T extends SceneNode>(n: T, opacity: number): T {
  return { ...n, opacity };
}

/** Interpolates two versions of one node (same key, same type). Text switches halfway. */
function mix<T extends SceneNode>(a: T, b: T, t: number): T {
  const base = t < 0.5 ? a : b;
  switch (b.type) {
    case 'box': {
      const x = a as unknown as BoxNode;
      const y = b as BoxNode;
      const out: BoxNode = {
        ...(base as unknown as BoxNode),
        opacity: num(x.opacity, y.opacity, t),
        x: num(x.x, y.x, t),
        y: num(x.y, y.y, t),
        w: num(x.w, y.w, t),
        h: num(x.h, y.h, t),
        radius: num(x.radius, y.radius, t),
        strokeWidth: num(x.strokeWidth, y.strokeWidth, t),
        fill: color(x.fill, y.fill, t),
        stroke: color(x.stroke, y.stroke, t),
        lines: mixLines(x.lines, y.lines, t),
      };
      if (x.progress && y.progress)
        out.progress = { ...y.progress, value: num(x.progress.value, y.progress.value, t) };
      return out as unknown as T;
    }
    case 'text': {
      const x = a as unknown as TextNode;
      const y = b as TextNode;
      return {
        ...(base as unknown as TextNode),
        opacity: num(x.opacity, y.opacity, t),
        x: num(x.x, y.x, t),
        y: num(x.y, y.y, t),
      } as unknown as T;
    }
    case 'line': {
      const x = a as unknown as LineNode;
      const y = b as LineNode;
      return {
        ...y,
        opacity: num(x.opacity, y.opacity, t),
        x1: num(x.x1, y.x1, t),
        y1: num(x.y1, y.y1, t),
        x2: num(x.x2, y.x2, t),
        y2: num(x.y2, y.y2, t),
        width: num(x.width, y.width, t),
        color: color(x.color, y.color, t),
      } as unknown as T;
    }
    case 'arc': {
      const x = a as unknown as ArcNode;
      const y = b as ArcNode;
      return {
        ...y,
        opacity: num(x.opacity, y.opacity, t),
        cx: num(x.cx, y.cx, t),
        cy: num(x.cy, y.cy, t),
        r: num(x.r, y.r, t),
        width: num(x.width, y.width, t),
        start: num(x.start, y.start, t),
        end: num(x.end, y.end, t),
        color: color(x.color, y.color, t),
      } as unknown as T;
    }
  }
  return b;
}

/** Lines keep their place relative to the box; if the text is the same they are just moved. */
function mixLines(a: TextLine[], b: TextLine[], t: number): TextLine[] {
  if (a.length !== b.length) return t < 0.5 ? a : b;
  return b.map((lb, i) => {
    const la = a[i];
    const text = t < 0.5 ? la.text : lb.text;
    return {
      ...lb,
      text,
      x: num(la.x, lb.x, t),
      y: num(la.y, lb.y, t),
      size: num(la.size, lb.size, t),
      color: color(la.color, lb.color, t),
    };
  });
}

function num(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/** Interpolates #rrggbb colours; anything else switches halfway. */
export function color(a: string, b: string, t: number): string {
  if (a === b) return b;
  const ca = parseHex(a);
  const cb = parseHex(b);
  if (!ca || !cb) return t < 0.5 ? a : b;
  const c = [0, 1, 2].map((i) => Math.round(num(ca[i], cb[i], t)));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function parseHex(c: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{6})$/i.exec(c);
  if (!m) return null;
  const v = parseInt(m[1], 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}
