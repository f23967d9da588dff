/**
 * What both event-loop models share: a virtual clock, timers, a task queue, the microtask queue,
 * and how a callback, a job or a task is run and recorded.
 */
import type { Agent } from '../agent';
import { ClosureFunction } from '../evaluate/functions';
import { errorHeader } from '../realm/builtins/error';
import { defineMethod } from '../realm/builtins/define';
import { inspect } from '../realm/inspect';
import { toNumber } from '../realm/operations';
import type { Job, PromiseObject } from '../realm/promise';
import { isObject, JSFunction, ThrowSignal, type Value } from '../realm/values';
import type { HostWorkView, LoopPhase, Model, SourceRange, TaskSource } from '../trace/types';
import type { Host } from './host';

export interface Timer {
  id: number;
  callback: JSFunction;
  args: Value[];
  delay: number;
  dueAt: number;
  repeat: boolean;
  /** Scheduling order, for timers due at the same moment. */
  seq: number;
  nesting: number;
}

export interface Task {
  id: number;
  source: TaskSource;
  label: string;
  run(): void;
}

export abstract class EventLoop implements Host {
  abstract readonly model: Model;
  protected a!: Agent;
  protected clock = 0;
  protected phase: LoopPhase = 'script';
  protected readonly microtasks: Job[] = [];
  protected readonly tasks: Task[] = [];
  protected readonly timers = new Map<number, Timer>();
  private timerSeq = 0;
  /** Timer nesting level of the running task (HTML's clamp; Node ignores it). */
  protected nesting = 0;
  /** Rejected promises nobody handled yet, in rejection order. */
  protected readonly unhandledRejections: PromiseObject[] = [];

  install(a: Agent): void {
    this.a = a;
    const g = a.globalObject;
    defineMethod(a, g, 'setTimeout', 1, (_t, args) => this.addTimer(args, false));
    defineMethod(a, g, 'setInterval', 1, (_t, args) => this.addTimer(args, true));
    const clear = (_t: Value, args: Value[]) => {
      this.clearTimer(args[0]);
      return undefined;
    };
    defineMethod(a, g, 'clearTimeout', 1, clear);
    defineMethod(a, g, 'clearInterval', 1, clear);
    defineMethod(a, g, 'queueMicrotask', 1, (_t, args) => {
      const callback = args[0];
      if (!(callback instanceof JSFunction)) throw a.typeError(this.queueMicrotaskTypeError(callback));
      const name = callback.debugName();
      this.enqueueJob({
        id: a.newId(),
        kind: 'queueMicrotask',
        label: name,
        promiseId: null,
        run: () => this.invokeCallback(callback, [], 'microtask'),
      });
      return undefined;
    });
    this.installModel(a);
  }

  protected abstract installModel(a: Agent): void;
  protected abstract queueMicrotaskTypeError(v: Value): string;
  /** The delay a timer really gets (Node: at least 1 ms; browsers: the nesting clamp). */
  protected abstract effectiveDelay(requested: number): number;
  /** What a timer handle is in this runtime (a number in browsers, a Timeout object in Node). */
  protected abstract timerHandle(timer: Timer): Value;
  protected abstract timerIdOf(handle: Value): number | null;
  abstract run(script: () => void): void;
  abstract promiseRejectionTracker(promise: PromiseObject, operation: 'reject' | 'handle'): void;

  // ---- recording helpers --------------------------------------------------------------

  protected setPhase(phase: LoopPhase): void {
    if (this.phase === phase) return;
    this.phase = phase;
    this.a.recorder.emit({ type: 'phase', phase });
  }

  protected advanceClock(to: number): void {
    if (to <= this.clock) return;
    this.clock = to;
    this.a.recorder.emit({ type: 'time', time: to });
  }

  /** A step that is not at a statement: host work at the range of the code it concerns. */
  protected hostStep(caption: string, range?: SourceRange): void {
    this.a.recorder.step(range ?? this.a.currentRange, caption);
  }

  protected rangeOfCallback(f: JSFunction): SourceRange {
    if (f instanceof ClosureFunction) {
      const n = f.node as unknown as { start: number; end: number };
      return [n.start, n.end];
    }
    return this.a.currentRange;
  }

  // ---- jobs ---------------------------------------------------------------------------

  enqueueJob(job: Job): void {
    this.microtasks.push(job);
    this.a.recorder.emit({ type: 'job-enqueue', job: { id: job.id, kind: job.kind, label: job.label, promiseId: job.promiseId } });
  }

  protected runJob(job: Job): void {
    this.a.recorder.emit({ type: 'job-dequeue', id: job.id });
    this.hostStep(`run microtask: ${job.label}`);
    this.guard(() => job.run());
  }

  /** Runs a callback on an empty stack, as the host does for tasks and microtasks. */
  protected invokeCallback(f: JSFunction, args: Value[], kind: 'task' | 'microtask'): void {
    this.a.call(f, undefined, args, this.rangeOfCallback(f), kind);
  }

  /** Runs host-initiated work; an uncaught throw is reported as the runtime reports it. */
  protected guard(work: () => void): void {
    try {
      work();
    } catch (e) {
      if (!(e instanceof ThrowSignal)) throw e;
      // Frames left by the throw unwind (the a.call finally blocks already popped them).
      this.reportException(e.value);
    }
  }

  protected abstract reportException(value: Value): void;

  // ---- timers -------------------------------------------------------------------------

  private addTimer(args: Value[], repeat: boolean): Value {
    const a = this.a;
    const callback = args[0];
    if (!(callback instanceof JSFunction)) throw a.typeError(this.timerCallbackTypeError(callback));
    const requested = args.length > 1 ? toNumber(a, args[1]) : 0;
    const delay = this.effectiveDelay(Number.isNaN(requested) ? 0 : requested);
    const timer: Timer = {
      id: a.newId(),
      callback,
      args: args.slice(2),
      delay,
      dueAt: this.clock + delay,
      repeat,
      seq: this.timerSeq++,
      nesting: this.nesting + 1,
    };
    this.timers.set(timer.id, timer);
    a.recorder.emit({ type: 'host-add', work: this.timerView(timer) });
    a.recorder.step(a.currentRange, `${repeat ? 'setInterval' : 'setTimeout'} starts timer #${timer.id} (${delay} ms) for ${callback.debugName()}`);
    return this.timerHandle(timer);
  }

  protected timerCallbackTypeError(v: Value): string {
    return `The "callback" argument must be of type function. Received ${describeReceived(this.a, v)}`;
  }

  protected timerView(timer: Timer): HostWorkView {
    return {
      id: timer.id,
      kind: timer.repeat ? 'interval' : 'timeout',
      label: timer.callback.debugName(),
      dueAt: timer.dueAt,
      delay: timer.delay,
    };
  }

  private clearTimer(handle: Value): void {
    const id = this.timerIdOf(handle);
    if (id === null) return;
    const timer = this.timers.get(id);
    if (timer) {
      this.timers.delete(id);
      this.a.recorder.emit({ type: 'host-remove', id });
      this.a.recorder.step(this.a.currentRange, `timer #${id} is cleared`);
    }
    // A timer whose task is already queued is cancelled too (HTML: "clear" removes the entry).
    const queued = this.tasks.findIndex((t) => t.id === -id);
    if (queued >= 0) {
      this.tasks.splice(queued, 1);
      this.a.recorder.emit({ type: 'task-dequeue', id: -id });
    }
  }

  /** The earliest pending timer, by due time then scheduling order. */
  protected nextTimer(): Timer | null {
    let best: Timer | null = null;
    for (const t of this.timers.values()) {
      if (!best || t.dueAt < best.dueAt || (t.dueAt === best.dueAt && t.seq < best.seq)) best = t;
    }
    return best;
  }

  /** Expired timers, in firing order. */
  protected expiredTimers(): Timer[] {
    return [...this.timers.values()].filter((t) => t.dueAt <= this.clock).sort((x, y) => x.dueAt - y.dueAt || x.seq - y.seq);
  }

  /** The task that runs a timer's callback; an interval re-arms itself when it runs. */
  protected timerTask(timer: Timer): Task {
    return {
      // Negative ids name a timer's task, so clearTimeout can find it in the queue.
      id: -timer.id,
      source: 'timer',
      label: timer.callback.debugName(),
      run: () => {
        if (timer.repeat && this.timers.has(timer.id)) {
          timer.dueAt = this.clock + timer.delay;
          timer.seq = this.timerSeq++;
          this.a.recorder.emit({ type: 'host-add', work: this.timerView(timer) });
        } else {
          this.timers.delete(timer.id);
        }
        const saved = this.nesting;
        this.nesting = timer.nesting;
        try {
          this.guard(() => this.invokeCallback(timer.callback, timer.args, 'task'));
        } finally {
          this.nesting = saved;
        }
      },
    };
  }

  /** Moves a timer from the host area to the task queue (it has expired). */
  protected enqueueTimerTask(timer: Timer): Task {
    const task = this.timerTask(timer);
    this.a.recorder.emit({ type: 'host-remove', id: timer.id });
    this.enqueueTask(task);
    this.hostStep(`timer #${timer.id} expired after ${timer.delay} ms: ${timer.callback.debugName()} waits in the task queue`, this.rangeOfCallback(timer.callback));
    return task;
  }

  protected enqueueTask(task: Task): void {
    this.tasks.push(task);
    this.a.recorder.emit({ type: 'task-enqueue', task: { id: task.id, source: task.source, label: task.label } });
  }

  protected runTask(task: Task, caption: string): void {
    this.a.recorder.emit({ type: 'task-dequeue', id: task.id });
    this.hostStep(caption);
    task.run();
  }

  /** Formats an error the way the runtime's uncaught-error report starts: its stack, or inspect. */
  protected describeThrown(value: Value): string {
    if (isObject(value)) {
      const stack = value.getOwnProperty('stack');
      if (stack && 'value' in stack && typeof stack.value === 'string') return stack.value;
      if (value.className === 'Error') return errorHeader(this.a, value);
    }
    return inspect(this.a, value);
  }
}

/** Node's ERR_INVALID_ARG_TYPE wording for the received value. */
export function describeReceived(a: Agent, v: Value): string {
  if (v === undefined || v === null) return String(v);
  if (typeof v === 'function') return 'function';
  if (isObject(v)) return v instanceof JSFunction ? `function ${v.debugName()}` : 'an instance of Object';
  if (typeof v === 'string') return `type string (${inspect(a, v)})`;
  return `type ${typeof v} (${inspect(a, v)})`;
}
