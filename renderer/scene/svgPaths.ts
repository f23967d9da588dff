/** SVG path data for scene nodes, shared by the D3 stage and the SVG exporter. */
import type { ArcNode } from './types';

/** An arc as an SVG path: angles clockwise from 12 o'clock, as in the Scene. */
export function arcPath(n: Pick<ArcNode, 'cx' | 'cy' | 'r' | 'start' | 'end'>): string {
  const span = n.end - n.start;
  if (span >= Math.PI * 2 - 1e-6) {
    // A full circle: two half arcs (one arc command cannot start and end at the same point).
    const top = `${n.cx} ${n.cy - n.r}`;
    return `M ${top} A ${n.r} ${n.r} 0 1 1 ${n.cx} ${n.cy + n.r} A ${n.r} ${n.r} 0 1 1 ${top}`;
  }
  const x1 = n.cx + n.r * Math.sin(n.start);
  const y1 = n.cy - n.r * Math.cos(n.start);
  const x2 = n.cx + n.r * Math.sin(n.end);
  const y2 = n.cy - n.r * Math.cos(n.end);
  const large = span > Math.PI ? 1 : 0;
  return `M ${f(x1)} ${f(y1)} A ${f(n.r)} ${f(n.r)} 0 ${large} 1 ${f(x2)} ${f(y2)}`;
}

function f(v: number): string {
  return (Math.round(v * 100) / 100).toString();
}
