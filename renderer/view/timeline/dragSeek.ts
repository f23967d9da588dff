/**
 * How a timeline drag turns pointer positions into seeks. Chromium holds `pointermove` until the
 * next frame (up to 16.7 ms) before page code sees it; `pointerrawupdate` arrives as soon as the
 * input does, so a seek made from it is drawn by that very next frame. Raw updates can come far
 * more often than frames (a 1000 Hz mouse), so they are coalesced: the first position after a
 * frame seeks at once, later ones wait for the next animation frame and only the last of them is
 * sought. At most two seeks land in one frame, and the position the pointer stops at is always
 * the one shown.
 * https://w3c.github.io/pointerevents/#the-pointerrawupdate-event
 */

export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

const animationFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export interface DragSeeker {
  /** The pointer is at `clientX`: seek there now, or in the next frame if a seek is pending. */
  move(clientX: number): void;
  /** The drag ends: seeks a position still waiting, so the last one always wins. */
  finish(): void;
}

export function createDragSeeker(
  seekTo: (clientX: number) => void,
  frames: FrameScheduler = animationFrames,
): DragSeeker {
  /** The frame that will draw the last seek; while it is pending, positions wait for it. */
  let frame: number | null = null;
  let waiting: number | null = null;
  const seekWaiting = () => {
    if (waiting === null) return;
    const x = waiting;
    waiting = null;
    seekTo(x);
  };
  const onFrame = () => {
    frame = null;
    seekWaiting();
  };
  return {
    move(clientX) {
      if (frame !== null) {
        waiting = clientX;
        return;
      }
      seekTo(clientX);
      frame = frames.request(onFrame);
    },
    finish() {
      if (frame !== null) frames.cancel(frame);
      frame = null;
      seekWaiting();
    },
  };
}

/** Whether this browser has `pointerrawupdate` (Chromium, in secure contexts only). */
export function hasPointerRawUpdate(): boolean {
  return typeof window !== 'undefined' && 'onpointerrawupdate' in window;
}
