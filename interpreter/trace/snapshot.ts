import type { Snapshot, Trace, TraceEvent } from './types';

/** The promises panel shows the most recently touched promises; older ones scroll out. */
export const MAX_SNAPSHOT_PROMISES = 24;

export function emptySnapshot(): Snapshot {
  return {
    stack: [],
    microtasks: [],
    tasks: [],
    hostWork: [],
    promises: [],
    consoleLength: 0,
    suspended: [],
    phase: 'script',
    time: 0,
  };
}

export function cloneSnapshot(s: Snapshot): Snapshot {
  return {
    stack: s.stack.slice(),
    microtasks: s.microtasks.slice(),
    tasks: s.tasks.slice(),
    hostWork: s.hostWork.slice(),
    promises: s.promises.slice(),
    consoleLength: s.consoleLength,
    suspended: (s.suspended ?? []).slice(),
    phase: s.phase,
    time: s.time,
  };
}

const withoutId = <T extends { id: number }>(list: T[], id: number): T[] =>
  list.filter((item) => item.id !== id);

/** Folds one event into a snapshot, in place. Views inside are never mutated, only replaced. */
export function applyEvent(s: Snapshot, event: TraceEvent): void {
  switch (event.type) {
    case 'frame-push':
      s.stack.push(event.frame);
      return;
    case 'frame-pop':
      // Frames almost always leave from the top; a deep recursion must not cost O(depth) a pop.
      if (s.stack.length > 0 && s.stack[s.stack.length - 1].id === event.id) s.stack.pop();
      else s.stack = withoutId(s.stack, event.id);
      return;
    case 'job-enqueue':
      s.microtasks.push(event.job);
      return;
    case 'job-dequeue':
      s.microtasks = withoutId(s.microtasks, event.id);
      return;
    case 'task-enqueue':
      s.tasks.push(event.task);
      return;
    case 'task-dequeue':
      s.tasks = withoutId(s.tasks, event.id);
      return;
    case 'host-add':
      s.hostWork.push(event.work);
      return;
    case 'host-remove':
      s.hostWork = withoutId(s.hostWork, event.id);
      return;
    case 'promise': {
      const promises = withoutId(s.promises, event.promise.id);
      promises.push(event.promise);
      if (promises.length > MAX_SNAPSHOT_PROMISES) promises.shift();
      s.promises = promises;
      return;
    }
    case 'console':
      s.consoleLength = event.index + 1;
      return;
    case 'phase':
      s.phase = event.phase;
      return;
    case 'time':
      s.time = event.time;
      return;
    case 'suspend': {
      // Re-suspending an activation replaces its entry in place, so it keeps its position.
      const list = (s.suspended ?? []).slice();
      const i = list.findIndex((x) => x.id === event.suspended.id);
      if (i >= 0) list[i] = event.suspended;
      else list.push(event.suspended);
      s.suspended = list;
      return;
    }
    case 'resume':
      s.suspended = withoutId(s.suspended ?? [], event.id);
      return;
    default: {
      const unreachable: never = event;
      throw new Error(`unknown trace event ${JSON.stringify(unreachable)}`);
    }
  }
}

export function stepCount(trace: Trace): number {
  return trace.steps.start.length;
}

/**
 * The snapshot at `step`: the keyframe at or before it, with the events of the steps between
 * folded on. O(keyframeInterval) events, never a replay from the start.
 */
export function snapshotAt(trace: Trace, step: number): Snapshot {
  const last = stepCount(trace) - 1;
  if (last < 0) return emptySnapshot();
  const at = Math.max(0, Math.min(step, last));
  const keyframe = trace.keyframes[Math.floor(at / trace.keyframeInterval)];
  const snapshot = cloneSnapshot(keyframe.snapshot);
  const from = trace.steps.eventEnd[keyframe.step];
  const to = trace.steps.eventEnd[at];
  for (let i = from; i < to; i++) applyEvent(snapshot, trace.events[i]);
  return snapshot;
}

/** Whether step i changed something visible (its own events), as opposed to a fine step only. */
export function isEventStep(trace: Trace, step: number): boolean {
  const before = step === 0 ? 0 : trace.steps.eventEnd[step - 1];
  return trace.steps.eventEnd[step] > before;
}
