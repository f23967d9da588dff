import { describe, expect, it } from 'vitest';
import { createDragSeeker, type FrameScheduler } from './dragSeek';

/** Animation frames that run when the test says so. */
function manualFrames() {
  const pending = new Map<number, () => void>();
  let next = 1;
  const frames: FrameScheduler = {
    request(callback) {
      pending.set(next, callback);
      return next++;
    },
    cancel: (handle) => void pending.delete(handle),
  };
  return {
    frames,
    get pending() {
      return pending.size;
    },
    runFrame() {
      const callbacks = [...pending.values()];
      pending.clear();
      for (const callback of callbacks) callback();
    },
  };
}

function seeker() {
  const clock = manualFrames();
  const sought: number[] = [];
  const drag = createDragSeeker((x) => sought.push(x), clock.frames);
  return { clock, sought, drag };
}

describe('createDragSeeker', () => {
  it('seeks the first position at once, without waiting for a frame', () => {
    const { sought, drag } = seeker();
    drag.move(10);
    expect(sought).toEqual([10]);
  });

  it('holds later positions until the next frame, and seeks only the last of them', () => {
    const { clock, sought, drag } = seeker();
    drag.move(10);
    drag.move(11);
    drag.move(12);
    drag.move(13);
    expect(sought).toEqual([10]);
    clock.runFrame();
    expect(sought).toEqual([10, 13]);
  });

  it('seeks at once again after a frame has drawn the last seek', () => {
    const { clock, sought, drag } = seeker();
    drag.move(10);
    clock.runFrame();
    drag.move(20);
    expect(sought).toEqual([10, 20]);
  });

  it('asks for no frame once nothing waits', () => {
    const { clock, sought, drag } = seeker();
    drag.move(10);
    clock.runFrame();
    expect(clock.pending).toBe(0);
    expect(sought).toEqual([10]);
  });

  it('on finish, seeks the position still waiting and asks for no more frames', () => {
    const { clock, sought, drag } = seeker();
    drag.move(10);
    drag.move(30);
    drag.finish();
    expect(sought).toEqual([10, 30]);
    expect(clock.pending).toBe(0);
    clock.runFrame();
    expect(sought).toEqual([10, 30]);
  });

  it('on finish with nothing waiting, seeks nothing more', () => {
    const { sought, drag } = seeker();
    drag.move(10);
    drag.finish();
    expect(sought).toEqual([10]);
  });
});
