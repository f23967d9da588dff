/** Step <-> pixel conversions of the timeline, and its marker track. */
import type { TraceIndex } from '../../scene/traceIndex';

/** Space at each end of the track, so the first and last steps are easy to hit. */
export const TRACK_PAD = 8;

export function xOfStep(step: number, width: number, total: number): number {
  const usable = Math.max(1, width - 2 * TRACK_PAD);
  return TRACK_PAD + (total > 1 ? (step / (total - 1)) * usable : 0);
}

export function stepAtX(x: number, width: number, total: number): number {
  if (total <= 1) return 0;
  const usable = Math.max(1, width - 2 * TRACK_PAD);
  const fraction = (x - TRACK_PAD) / usable;
  return Math.max(0, Math.min(total - 1, Math.round(fraction * (total - 1))));
}

export interface MarkerColours {
  track: string;
  border: string;
  task: string;
  microtask: string;
  console: string;
  error: string;
}

/**
 * Draws the markers in bands: task starts (top), microtask checkpoints (middle), console lines
 * (bottom), errors across. Markers are merged per pixel column, so a 100,000-step trace costs
 * no more to draw than the track is wide.
 */
export function drawMarkers(
  ctx: CanvasRenderingContext2D,
  index: TraceIndex | null,
  width: number,
  height: number,
  colours: MarkerColours,
): void {
  ctx.clearRect(0, 0, width, height);
  ctx.fillStyle = colours.track;
  ctx.strokeStyle = colours.border;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.roundRect(0.5, 0.5, width - 1, height - 1, 6);
  ctx.fill();
  ctx.stroke();
  if (!index || index.stepCount < 2) return;
  const total = index.stepCount;
  const columns = (steps: number[]) => {
    const hit = new Uint8Array(Math.ceil(width));
    for (const s of steps) hit[Math.round(xOfStep(s, width, total))] = 1;
    return hit;
  };
  const band = (steps: number[], colour: string, y: number, h: number, w: number) => {
    const hit = columns(steps);
    ctx.fillStyle = colour;
    for (let x = 0; x < hit.length; x++) if (hit[x]) ctx.fillRect(x - w / 2, y, w, h);
  };
  const unit = height / 10;
  band(index.markers.taskStarts, colours.task, unit * 1, unit * 3.2, 3);
  band(index.markers.checkpoints, colours.microtask, unit * 4.4, unit * 2.4, 3);
  band(index.markers.consoleLines, colours.console, unit * 7, unit * 2, 3);
  band(index.markers.errors, colours.error, unit * 0.6, unit * 8.8, 3);
}
