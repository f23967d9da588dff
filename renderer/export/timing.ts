/**
 * The clock of an animation, as the screen plays it: each event step (a "stop") is shown for
 * `stepInterval(speed)`; moving to the next one takes `motionDuration(speed)` at the start of its
 * interval, eased like the stage's d3-transition. An exporter samples this clock at its frame
 * rate; the HTML player runs it in real time. Pure, and exact: the same inputs give the same
 * frames, so exports are deterministic.
 */
import { nextEventStep, type TraceIndex } from '../scene/traceIndex';
import { motionDuration, stepInterval } from '../store/playbackSlice';

export interface StepRange {
  from: number;
  to: number;
}

export interface Timeline {
  /** The steps shown, in order: the range's first step, then every event step up to its end. */
  stops: number[];
  /** Milliseconds each stop is shown (motion included). */
  interval: number;
  /** Milliseconds the move into a stop takes. */
  motion: number;
  /** The last stop stays on screen this much longer, so it can be read before a loop restarts. */
  endHold: number;
  duration: number;
}

/** A moment of the animation: stop `from`, moving towards stop `to` (eased fraction `t`). */
export interface Moment {
  from: number;
  to: number;
  t: number;
}

export const END_HOLD_MS = 1000;

export function clampRange(range: StepRange | null, stepCount: number): StepRange {
  const last = Math.max(0, stepCount - 1);
  if (!range) return { from: 0, to: last };
  const a = clampInt(range.from, 0, last);
  const b = clampInt(range.to, 0, last);
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

export function planTimeline(index: TraceIndex, range: StepRange, speed: number): Timeline {
  const { from, to } = clampRange(range, index.stepCount);
  const stops = [from];
  for (let step = from; ;) {
    const next = nextEventStep(index, step);
    if (next <= step || next > to) break;
    stops.push(next);
    step = next;
  }
  const interval = stepInterval(speed);
  const motion = Math.min(interval, motionDuration(speed));
  return {
    stops,
    interval,
    motion,
    endHold: END_HOLD_MS,
    duration: stops.length * interval + END_HOLD_MS,
  };
}

/** The stop the animation shows or moves to at `ms` from its start. */
export function momentAt(timeline: Timeline, ms: number): Moment {
  const last = timeline.stops.length - 1;
  const i = clampInt(Math.floor(ms / timeline.interval), 0, last);
  if (i === 0) return { from: 0, to: 0, t: 1 };
  const u = (ms - i * timeline.interval) / timeline.motion;
  if (u >= 1) return { from: i, to: i, t: 1 };
  return { from: i - 1, to: i, t: easeCubicInOut(Math.max(0, u)) };
}

/** When the move into stop `i` starts, and when the stop is fully shown. */
export function stopTimes(timeline: Timeline, i: number): { moveStart: number; settled: number } {
  if (i <= 0) return { moveStart: 0, settled: 0 };
  const moveStart = i * timeline.interval;
  return { moveStart, settled: moveStart + timeline.motion };
}

export function isStill(m: Moment): boolean {
  return m.from === m.to;
}

/**
 * One picture of the animation and the run of output frames it fills: a still stop is drawn
 * once and held (the GIF and video writers store it once, with a longer duration).
 */
export interface PlannedFrame {
  moment: Moment;
  /** Index of the first output frame (at the constant frame rate) that shows this picture. */
  first: number;
  /** How many output frames show it. */
  count: number;
}

export interface FramePlan {
  fps: number;
  /** Output frames at the constant rate. */
  frameCount: number;
  pictures: PlannedFrame[];
}

export function planFrames(timeline: Timeline, fps: number): FramePlan {
  const frameCount = Math.max(1, Math.ceil((timeline.duration * fps) / 1000 - 1e-9));
  const pictures: PlannedFrame[] = [];
  for (let k = 0; k < frameCount; k++) {
    const moment = momentAt(timeline, (k * 1000) / fps);
    const previous = pictures[pictures.length - 1];
    if (previous && isStill(moment) && isStill(previous.moment) && previous.moment.to === moment.to)
      previous.count++;
    else pictures.push({ moment, first: k, count: 1 });
  }
  return { fps, frameCount, pictures };
}

/**
 * GIF delays (in hundredths of a second) for each picture: each ends on the frame clock rounded
 * to the nearest hundredth, so rounding never accumulates and the total is the animation's length.
 */
export function gifDelays(plan: FramePlan): number[] {
  const at = (frame: number) => Math.round((frame * 100) / plan.fps);
  return plan.pictures.map((p) => at(p.first + p.count) - at(p.first));
}

/** d3's easeCubicInOut, the stage's easing: the same curve, so exports move as the screen does. */
export function easeCubicInOut(t: number): number {
  t *= 2;
  return (t <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}

/** A duration for people: `42 s`, `3 min 5 s`, `2 h 10 min`. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

function clampInt(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Math.round(v)));
}
