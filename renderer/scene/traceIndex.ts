/**
 * What the renderer learns from a trace once, in one pass over its steps and events: where each
 * token came from (so it can travel rather than appear), which job or task the event loop is
 * holding at a step, the timeline's markers, and the event steps for stepping.
 * O(steps + events); nothing here replays the program.
 */
import { eventAt, eventEndAt, stepCount } from '../../interpreter/trace/snapshot';
import type {
  JobView,
  SuspendedView,
  TaskView,
  Trace,
  TraceEvent,
} from '../../interpreter/trace/types';

/** A job or task the event loop has taken from its queue and is about to run. */
export interface PickedToken {
  key: string;
  label: string;
  job?: JobView;
  task?: TaskView;
}

export interface TimelineMarkers {
  /** Steps at which a task (or the script) starts. */
  taskStarts: number[];
  /** Steps at which a microtask checkpoint begins. */
  checkpoints: number[];
  /** Steps that printed to the console. */
  consoleLines: number[];
  /** Steps that reported an error (uncaught errors, unhandled rejections). */
  errors: number[];
}

export interface TraceIndex {
  stepCount: number;
  /** Sorted steps that changed something visible. */
  eventSteps: Int32Array;
  /** Character offset at which each source line starts. */
  lineStarts: number[];
  /**
   * Frame id -> key of the job or task whose callback the frame runs, or of the suspended card a
   * resumed generator comes back from.
   */
  frameOrigin: Map<number, string>;
  /** Task id -> key of the host work (timer, fetch…) that became the task. */
  taskOrigin: Map<number, string>;
  /**
   * A suspension -> the key of the frame that suspended (the top frame when it stopped), so the
   * suspended card comes out of that frame. Keyed by the view itself: a trace builds each
   * suspension's view once and every snapshot shares it (interpreter/trace/types.ts).
   */
  suspendOrigin: Map<SuspendedView, string>;
  /** Step -> the token the event loop holds at that step (dequeued, not yet on the stack). */
  picked: Map<number, PickedToken>;
  markers: TimelineMarkers;
}

export const frameKey = (id: number) => `frame:${id}`;
export const jobKey = (id: number) => `job:${id}`;
export const taskKey = (id: number) => `task:${id}`;
export const hostKey = (id: number) => `host:${id}`;
export const promiseKey = (id: number) => `promise:${id}`;
export const consoleKey = (index: number) => `console:${index}`;
export const suspendedKey = (id: number) => `suspended:${id}`;

export function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of a character offset. */
export function lineColumnOf(
  lineStarts: number[],
  offset: number,
): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}

export function indexTrace(trace: Trace): TraceIndex {
  const steps = stepCount(trace);
  // Decoded one at a time; the event before the current one is kept for the host -> task link.
  let before: TraceEvent | undefined;
  const eventSteps: number[] = [];
  const frameOrigin = new Map<number, string>();
  const taskOrigin = new Map<number, string>();
  const suspendOrigin = new Map<SuspendedView, string>();
  // Frame ids on the stack, bottom first: the top one is the frame that suspends.
  const stack: number[] = [];
  const picked = new Map<number, PickedToken>();
  const jobs = new Map<number, JobView>();
  const tasks = new Map<number, TaskView>();
  const markers: TimelineMarkers = {
    taskStarts: steps > 0 ? [0] : [],
    checkpoints: [],
    consoleLines: [],
    errors: [],
  };
  // The job or task most recently taken from a queue, waiting for its callback's frame.
  let taken: { token: PickedToken; step: number } | null = null;

  let from = 0;
  for (let step = 0; step < steps; step++) {
    const to = eventEndAt(trace, step);
    if (to > from) eventSteps.push(step);
    for (let e = from; e < to; e++) {
      const event = eventAt(trace, e);
      const previous = before;
      before = event;
      switch (event.type) {
        case 'job-enqueue':
          jobs.set(event.job.id, event.job);
          break;
        case 'task-enqueue': {
          tasks.set(event.task.id, event.task);
          // The host moves work to the task queue by removing it from its own list first.
          if (previous?.type === 'host-remove') taskOrigin.set(event.task.id, hostKey(previous.id));
          break;
        }
        case 'job-dequeue': {
          const job = jobs.get(event.id);
          // A job is only ever dequeued to run; it is held even if it runs no callback.
          const token = { key: jobKey(event.id), label: job?.label ?? `job #${event.id}`, job };
          picked.set(step, token);
          taken = { token, step };
          break;
        }
        case 'task-dequeue': {
          const task = tasks.get(event.id);
          // A task can also leave its queue because it was cleared; it counts as taken only
          // when a callback frame follows (see frame-push).
          taken = {
            token: { key: taskKey(event.id), label: task?.label ?? `task #${event.id}`, task },
            step,
          };
          break;
        }
        case 'frame-push': {
          stack.push(event.frame.id);
          const kind = event.frame.kind;
          // A call of next()/return()/throw() resumes a generator: its frame comes back out of
          // the suspended card. (An await resumes through a job, whose frame comes from the job.)
          if (kind === 'call' && previous?.type === 'resume')
            frameOrigin.set(event.frame.id, suspendedKey(previous.id));
          if ((kind === 'task' || kind === 'microtask') && taken && step - taken.step <= 1) {
            frameOrigin.set(event.frame.id, taken.token.key);
            if (taken.token.task) {
              if (taken.step < step) picked.set(taken.step, taken.token);
              markers.taskStarts.push(taken.step);
            }
            taken = null;
          }
          break;
        }
        case 'frame-pop': {
          const at = stack.lastIndexOf(event.id);
          if (at >= 0) stack.splice(at, 1);
          break;
        }
        case 'suspend':
          if (stack.length > 0)
            suspendOrigin.set(event.suspended, frameKey(stack[stack.length - 1]));
          break;
        case 'phase':
          if (event.phase === 'microtasks') markers.checkpoints.push(step);
          break;
        default:
          break;
      }
    }
    from = to;
  }

  for (const line of trace.console) {
    markers.consoleLines.push(line.step);
    if (line.level === 'error') markers.errors.push(line.step);
  }
  if (trace.outcome.kind === 'uncaught' && steps > 0) {
    if (markers.errors[markers.errors.length - 1] !== steps - 1) markers.errors.push(steps - 1);
  }

  return {
    stepCount: steps,
    eventSteps: Int32Array.from(eventSteps),
    lineStarts: lineStartsOf(trace.source),
    frameOrigin,
    taskOrigin,
    suspendOrigin,
    picked,
    markers,
  };
}

/** The first event step after `step` (or the last step). */
export function nextEventStep(index: TraceIndex, step: number): number {
  const steps = index.eventSteps;
  let lo = 0;
  let hi = steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (steps[mid] <= step) lo = mid + 1;
    else hi = mid;
  }
  return lo < steps.length ? steps[lo] : Math.max(0, index.stepCount - 1);
}

/** The last event step before `step` (or 0). */
export function previousEventStep(index: TraceIndex, step: number): number {
  const steps = index.eventSteps;
  let lo = 0;
  let hi = steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (steps[mid] < step) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? steps[lo - 1] : 0;
}
