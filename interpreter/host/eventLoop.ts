/**
 * What both event-loop models share: the virtual clock, the microtask queue, the task queue,
 * timer bookkeeping, and how a callback, a job or a task is run and recorded. Time is virtual:
 * it never passes while code runs, and jumps to the next due piece of host work when the loop
 * has nothing else to do.
 */
import type { Agent } from '../agent';
import { ClosureFunction } from '../evaluate/functions';
import { defineMethod } from '../realm/builtins/define';
import type { Job, PromiseObject } from '../realm/promise';
import { JSFunction, JSObject, ThrowSignal, type Value } from '../realm/values';
import { IdCaption } from '../trace/encoding';
import type {
  HostWorkView,
  JobKind,
  LoopPhase,
  Model,
  SourceRange,
  TaskSource,
} from '../trace/types';
import type { Host } from './host';
import { Queue } from './queue';

export interface Timer {
  /** The trace's id (host work #id). */
  id: number;
  callback: JSFunction;
  args: Value[];
  /** The delay the program asked for, as the model's API reads its argument. */
  requestedDelay: number;
  /** The delay after the model's adjustments (Node's minimum of 1 ms, HTML's nesting clamp). */
  delay: number;
  dueAt: number;
  repeat: boolean;
  /** Scheduling order, for timers due at the same moment. */
  seq: number;
  /** HTML's timer nesting level of the task this timer will run as. */
  nesting: number;
  /** What the program holds: a number (browsers) or a Timeout object (Node). */
  handle: Value;
  cleared: boolean;
}

export interface Task {
  id: number;
  source: TaskSource;
  label: string;
  /** The caption of the step that takes it from the queue. */
  caption?: string;
  run(): void;
}

/** A job's caption as it runs, and with the promise whose settling queued it. */
interface JobCaption {
  waits: string;
  runs: string;
  settled: IdCaption;
}

/** Plain words for each kind of microtask, for captions. */
const JOB_WORDS: Record<JobKind, string> = {
  'promise-reaction': 'promise reaction',
  'await-continuation': 'await continuation',
  'resolve-thenable': 'resolve-thenable job',
  queueMicrotask: 'queueMicrotask callback',
  nextTick: 'nextTick callback',
};

export abstract class EventLoop implements Host {
  abstract readonly model: Model;
  protected a!: Agent;
  protected clock = 0;
  protected phase: LoopPhase = 'script';
  protected readonly microtasks = new Queue<Job>();
  protected readonly tasks = new Queue<Task>();
  private timerSeq = 0;

  install(a: Agent): void {
    this.a = a;
    const g = a.globalObject;
    defineMethod(a, g, 'setTimeout', 1, (_t, args) => this.addTimer(args, false));
    defineMethod(a, g, 'setInterval', 1, (_t, args) => this.addTimer(args, true));
    const clear = (_t: Value, args: Value[]) => {
      const timer = this.timerOf(args[0]);
      if (timer && !timer.cleared) {
        timer.cleared = true;
        this.cancelTimer(timer);
        a.recorder.step(
          a.currentRange,
          `timer #${timer.id} (${timer.callback.debugName()}) is cleared: it will not run`,
        );
      }
      return undefined;
    };
    defineMethod(a, g, 'clearTimeout', 1, clear);
    defineMethod(a, g, 'clearInterval', 1, clear);
    defineMethod(a, g, 'queueMicrotask', 1, (_t, args) => {
      const callback = args[0];
      if (!(callback instanceof JSFunction)) throw this.queueMicrotaskError(callback);
      this.enqueueJob({
        id: a.newId(),
        kind: 'queueMicrotask',
        label: callback.debugName(),
        promiseId: null,
        run: () => this.invokeCallback(callback, undefined, [], 'microtask'),
      });
      a.recorder.step(
        a.currentRange,
        `queueMicrotask queues ${callback.debugName()} in the microtask queue`,
      );
      return undefined;
    });
    // performance.now(): the virtual clock, so that programs can measure what the model does.
    const performance = new JSObject(a.intrinsics.ObjectPrototype);
    defineMethod(a, performance, 'now', 0, () => this.clock);
    g.defineOwnProperty('performance', {
      value: performance,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    this.installModel(a);
  }

  protected abstract installModel(a: Agent): void;
  protected abstract queueMicrotaskError(v: Value): ThrowSignal;
  /** The function a timer runs, from setTimeout's or setInterval's arguments, or what they throw. */
  protected abstract timerCallback(args: Value[], method: 'setTimeout' | 'setInterval'): JSFunction;
  /** The delay argument as the model's API reads it: a number in Node, a WebIDL long in HTML. */
  protected abstract timeoutArgument(value: Value): number;
  /** The delay a timer really gets (Node: at least 1 ms; browsers: the nesting clamp). */
  protected abstract effectiveDelay(requested: number): number;
  /** What the program gets back from setTimeout/setInterval. */
  protected abstract makeTimerHandle(timer: Timer): Value;
  protected abstract timerOf(handle: Value): Timer | null;
  /** Hands a new timer to the model (a list in Node, the host area or the task queue in HTML). */
  protected abstract scheduleTimer(timer: Timer): void;
  protected abstract cancelTimer(timer: Timer): void;
  /** The `this` a timer callback gets (the Timeout in Node, the window in browsers). */
  protected abstract timerThis(timer: Timer): Value;
  abstract run(script: () => void): void;
  abstract promiseRejectionTracker(promise: PromiseObject, operation: 'reject' | 'handle'): void;
  protected abstract reportException(value: Value): void;

  /** The timer nesting level of the running task (HTML); 0 outside timer tasks. */
  protected nesting = 0;

  // ---- recording helpers --------------------------------------------------------------

  protected setPhase(phase: LoopPhase): void {
    if (this.phase === phase) return;
    this.phase = phase;
    this.a.recorder.phase(phase);
  }

  protected advanceClock(to: number): void {
    if (to <= this.clock) return;
    this.clock = to;
    this.a.recorder.time(to);
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

  /** HostEnqueuePromiseJob: https://tc39.es/ecma262/#sec-hostenqueuepromisejob */
  enqueueJob(job: Job): void {
    this.microtasks.push(job);
    this.a.recorder.jobEnqueue(job);
  }

  protected runJob(job: Job): void {
    const caption = this.jobCaption(job.kind, job.label);
    // A job queued by the code that just ran (its last statement; a return that resolved a
    // promise) would leave the queue in the very step it joined it, never seen waiting there.
    if (this.a.recorder.jobEnqueuedInOpenStep(job.id)) this.hostStep(caption.waits);
    this.a.recorder.jobDequeue(job.id);
    if (job.promiseId === null) this.hostStep(caption.runs);
    else this.a.recorder.stepWithId(this.a.currentRange, caption.settled, job.promiseId);
    // As guard does, without a closure per job.
    try {
      job.run();
    } catch (e) {
      this.reportThrow(e);
    }
  }

  /** The captions of running a job, by label and kind, made once: jobs run by the thousand. */
  private readonly jobCaptions = new Map<string, Map<JobKind, JobCaption>>();

  private jobCaption(kind: JobKind, label: string): JobCaption {
    let byKind = this.jobCaptions.get(label);
    if (byKind === undefined) this.jobCaptions.set(label, (byKind = new Map()));
    let caption = byKind.get(kind);
    if (caption === undefined) {
      const runs = `the ${JOB_WORDS[kind]} ${label} leaves the microtask queue and runs`;
      caption = {
        waits: `the ${JOB_WORDS[kind]} ${label} waits in the microtask queue`,
        runs,
        settled: new IdCaption(`${runs} (promise `, ' settled)'),
      };
      byKind.set(kind, caption);
    }
    return caption;
  }

  /** Runs a callback on an empty stack, as the host does for tasks and microtasks. */
  protected invokeCallback(
    f: JSFunction,
    thisArg: Value,
    args: Value[],
    kind: 'task' | 'microtask',
  ): void {
    this.a.call(f, thisArg, args, this.rangeOfCallback(f), kind);
  }

  /** Runs host-initiated work; an uncaught throw is reported as the runtime reports it. */
  protected guard(work: () => void): void {
    try {
      work();
    } catch (e) {
      this.reportThrow(e);
    }
  }

  /** What guard does with what host-initiated work threw: reports the program's throws. */
  private reportThrow(e: unknown): void {
    if (!(e instanceof ThrowSignal)) throw e;
    // The frames the throw left have been popped by the finally blocks of Agent.call.
    this.reportException(e.value);
  }

  // ---- timers -------------------------------------------------------------------------

  private addTimer(args: Value[], repeat: boolean): Value {
    const a = this.a;
    const callback = this.timerCallback(args, repeat ? 'setInterval' : 'setTimeout');
    const requested = this.timeoutArgument(args[1]);
    const delay = this.effectiveDelay(requested);
    const timer: Timer = {
      id: a.newId(),
      callback,
      args: args.slice(2),
      requestedDelay: requested,
      delay,
      dueAt: this.clock + delay,
      repeat,
      seq: this.timerSeq++,
      nesting: this.nesting + 1,
      handle: undefined,
      cleared: false,
    };
    timer.handle = this.makeTimerHandle(timer);
    a.recorder.hostAdd(this.timerView(timer));
    a.recorder.step(
      a.currentRange,
      `${repeat ? 'setInterval' : 'setTimeout'} starts timer #${timer.id} (${delay} ms) for ${callback.debugName()}`,
    );
    this.scheduleTimer(timer);
    return timer.handle;
  }

  /** An interval that ran re-arms itself (its delay may have been clamped again). */
  protected rearmInterval(timer: Timer, delay: number): void {
    timer.delay = delay;
    timer.dueAt = this.clock + delay;
    timer.seq = this.timerSeq++;
    this.a.recorder.hostAdd(this.timerView(timer));
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

  /**
   * Runs a timer's callback. The task's timer nesting level stays set until the model resets it
   * (the browser, after the task's microtask checkpoint).
   */
  protected runTimerCallback(timer: Timer): void {
    this.nesting = timer.nesting;
    this.guard(() =>
      this.invokeCallback(timer.callback, this.timerThis(timer), timer.args, 'task'),
    );
  }

  // ---- tasks --------------------------------------------------------------------------

  protected enqueueTask(task: Task): void {
    this.tasks.push(task);
    this.a.recorder.taskEnqueue(task.id, task.source, task.label);
  }

  protected removeTask(id: number): boolean {
    if (!this.tasks.removeFirst((t) => t.id === id)) return false;
    this.a.recorder.taskDequeue(id);
    return true;
  }

  protected runTask(task: Task, caption: string): void {
    this.a.recorder.taskDequeue(task.id);
    this.hostStep(task.caption ?? caption);
    task.run();
  }
}
