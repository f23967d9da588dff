import { describe, expect, it } from 'vitest';
import { run } from '../../interpreter/index';
import { isEventStep } from '../../interpreter/trace/snapshot';
import { exampleById } from '../examples/examples';
import { indexTrace } from '../scene/traceIndex';
import { motionDuration, stepInterval } from '../store/playbackSlice';
import {
  clampRange,
  easeCubicInOut,
  gifDelays,
  momentAt,
  planFrames,
  planTimeline,
  stopTimes,
} from './timing';

const example = exampleById('classic')!;
const trace = run(example.source, { model: example.model });
const index = indexTrace(trace);
const whole = clampRange(null, index.stepCount);

describe('the export timeline', () => {
  it('stops at the range start and then at every event step in the range, as playback does', () => {
    const timeline = planTimeline(index, whole, 1);
    expect(timeline.stops[0]).toBe(0);
    for (const s of timeline.stops.slice(1)) expect(isEventStep(trace, s)).toBe(true);
    const inRange = Array.from(index.eventSteps).filter((s) => s > 0);
    expect(timeline.stops.slice(1)).toEqual(inRange);

    const part = planTimeline(index, { from: 5, to: 20 }, 1);
    expect(part.stops[0]).toBe(5);
    expect(part.stops.every((s) => s >= 5 && s <= 20)).toBe(true);
    expect(part.stops.slice(1)).toEqual(
      Array.from(index.eventSteps).filter((s) => s > 5 && s <= 20),
    );
  });

  it('shows each stop for the playback interval, moving for the motion duration at its start', () => {
    for (const speed of [0.25, 1, 4]) {
      const t = planTimeline(index, whole, speed);
      expect(t.interval).toBe(stepInterval(speed));
      expect(t.motion).toBe(Math.min(t.interval, motionDuration(speed)));
      expect(t.duration).toBe(t.stops.length * t.interval + t.endHold);
      expect(momentAt(t, 0)).toEqual({ from: 0, to: 0, t: 1 });
      expect(momentAt(t, t.interval - 1)).toEqual({ from: 0, to: 0, t: 1 });
      const { moveStart, settled } = stopTimes(t, 3);
      expect(momentAt(t, moveStart)).toEqual({ from: 2, to: 3, t: 0 });
      const middle = momentAt(t, (moveStart + settled) / 2);
      expect([middle.from, middle.to]).toEqual([2, 3]);
      expect(middle.t).toBeCloseTo(0.5, 10);
      expect(momentAt(t, settled)).toEqual({ from: 3, to: 3, t: 1 });
      expect(momentAt(t, t.duration + 5000).to).toBe(t.stops.length - 1);
    }
  });

  it('eases like the stage (d3 easeCubicInOut)', () => {
    expect(easeCubicInOut(0)).toBe(0);
    expect(easeCubicInOut(1)).toBe(1);
    expect(easeCubicInOut(0.5)).toBe(0.5);
    expect(easeCubicInOut(0.25)).toBeCloseTo(0.0625, 10);
    expect(easeCubicInOut(0.75)).toBeCloseTo(0.9375, 10);
  });

  it('plans one picture per moving frame and one per held stop, covering every frame once', () => {
    const timeline = planTimeline(index, whole, 1);
    for (const fps of [10, 24, 30, 60]) {
      const plan = planFrames(timeline, fps);
      expect(plan.frameCount).toBe(Math.ceil((timeline.duration * fps) / 1000));
      let next = 0;
      for (const p of plan.pictures) {
        expect(p.first).toBe(next);
        next += p.count;
        if (p.count > 1) expect(p.moment.from).toBe(p.moment.to);
      }
      expect(next).toBe(plan.frameCount);
      // Every stop is held still at some point, and nothing else is.
      const held = plan.pictures
        .filter((p) => p.moment.from === p.moment.to)
        .map((p) => p.moment.to);
      expect(new Set(held)).toEqual(new Set(timeline.stops.map((_, i) => i)));
      expect(held).toEqual([...held].sort((a, b) => a - b));
    }
  });

  it('gives GIF delays that add up to the frames shown, without drift', () => {
    const timeline = planTimeline(index, whole, 1.5);
    for (const fps of [10, 24, 30, 50]) {
      const plan = planFrames(timeline, fps);
      const delays = gifDelays(plan);
      expect(delays.length).toBe(plan.pictures.length);
      expect(delays.reduce((a, b) => a + b, 0)).toBe(Math.round((plan.frameCount * 100) / fps));
      // At most 50 fps every delay is at least 2 hundredths (browsers slow anything shorter).
      expect(Math.min(...delays)).toBeGreaterThanOrEqual(2);
    }
  });

  it('clamps and orders ranges', () => {
    expect(clampRange({ from: 30, to: 4 }, index.stepCount)).toEqual({ from: 4, to: 30 });
    expect(clampRange({ from: -3, to: 1e6 }, index.stepCount)).toEqual({
      from: 0,
      to: index.stepCount - 1,
    });
  });

  it('plans a range of one step as that step, held', () => {
    const timeline = planTimeline(index, { from: 7, to: 7 }, 1);
    expect(timeline.stops).toEqual([7]);
    const plan = planFrames(timeline, 30);
    expect(plan.pictures).toHaveLength(1);
    expect(plan.pictures[0].count).toBe(plan.frameCount);
  });
});
