import type { StateCreator } from 'zustand/vanilla';
import { nextEventStep, previousEventStep } from '../scene/traceIndex';
import type { Store } from './types';

export const SPEEDS = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4] as const;

export interface PlaybackSlice {
  step: number;
  playing: boolean;
  /** Playback speed, 0.25x to 4x: sets how long a step is shown and how long motion takes. */
  speed: number;
  /** The direction of the last move: stepping back plays motion backwards. */
  direction: 1 | -1;
  /** The pointer is dragging the timeline: show each step at once, without motion. */
  scrubbing: boolean;
  seek(step: number): void;
  setScrubbing(scrubbing: boolean): void;
  /** One step forward: the next event step, or the next fine step when `fine`. */
  stepForward(fine?: boolean): void;
  stepBack(fine?: boolean): void;
  jumpToStart(): void;
  jumpToEnd(): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: number): void;
  /** While playing: the next event step; stops playing at the end. */
  tick(): void;
}

export const createPlaybackSlice: StateCreator<Store, [], [], PlaybackSlice> = (set, get) => {
  const last = () => Math.max(0, (get().index?.stepCount ?? 1) - 1);
  const moveTo = (step: number, keepPlaying = false) => {
    const target = Math.max(0, Math.min(Math.round(step), last()));
    const current = get().step;
    if (target === current && keepPlaying) return;
    set({
      step: target,
      direction: target < current ? -1 : 1,
      ...(keepPlaying ? {} : { playing: false }),
    });
  };
  return {
    step: 0,
    playing: false,
    speed: 1,
    direction: 1,
    scrubbing: false,
    seek: (step) => moveTo(step),
    setScrubbing: (scrubbing) => set({ scrubbing }),
    stepForward(fine = false) {
      const { index, step } = get();
      if (!index) return;
      moveTo(fine ? step + 1 : nextEventStep(index, step));
    },
    stepBack(fine = false) {
      const { index, step } = get();
      if (!index) return;
      moveTo(fine ? step - 1 : previousEventStep(index, step));
    },
    jumpToStart: () => moveTo(0),
    jumpToEnd: () => moveTo(last()),
    play() {
      if (!get().index || last() === 0) return;
      // Playing from the end starts over.
      if (get().step >= last()) set({ step: 0, direction: 1 });
      set({ playing: true });
    },
    pause: () => set({ playing: false }),
    togglePlay() {
      if (get().playing) get().pause();
      else get().play();
    },
    setSpeed(speed) {
      set({ speed: Math.max(0.25, Math.min(4, speed)) });
    },
    tick() {
      const { index, step, playing } = get();
      if (!index || !playing) return;
      const next = nextEventStep(index, step);
      if (next <= step) {
        set({ playing: false });
        return;
      }
      moveTo(next, true);
      if (next >= last()) set({ playing: false });
    },
  };
};

/** How long one event step is shown while playing, at a speed. */
export function stepInterval(speed: number): number {
  return 900 / speed;
}

/** How long the motion between two steps takes, at a speed. */
export function motionDuration(speed: number): number {
  return Math.max(80, Math.min(1600, 520 / speed));
}
