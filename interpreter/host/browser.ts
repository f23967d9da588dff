/**
 * The browser model: the HTML event loop
 * (https://html.spec.whatwg.org/multipage/webappapis.html#event-loop-processing-model) as
 * Chromium runs it. The script is the first task; a microtask checkpoint follows it and every
 * task, and every callback the browser itself invokes (event listeners, animation frame
 * callbacks). All task sources share one queue in posting order, as Chromium's scheduler runs
 * them at equal priority. When no task is ready, the virtual clock jumps to the next due timer,
 * response or animation frame (a virtual 60 Hz).
 *
 * Measured against Chromium (and proven by the programs under conformance/programs/ordering/):
 * - a timer of 0 ms is queued as a task at once (no 1 ms minimum since Chrome 101); a longer
 *   one enters the task queue only when it is due;
 * - past nesting level 5, a timeout under 4 ms becomes 4 ms (HTML timer initialization step 5);
 *   the level is the running timer task's, through its microtask checkpoint;
 * - unhandled rejections are reported by a task queued after the checkpoint that found them
 *   (HTML "notify about rejected promises"), so tasks queued earlier run before the report.
 */
import type { Agent } from '../agent';
import { defineMethod, defineValue, makeBuiltin } from '../realm/builtins/define';
import { inspect } from '../realm/inspect';
import { toNumber } from '../realm/operations';
import type { PromiseObject } from '../realm/promise';
import { isObject, JSFunction, NotSupported, ThrowSignal, type Value } from '../realm/values';
import type { HostWorkView, TaskSource } from '../trace/types';
import { EventLoop, type Timer } from './eventLoop';
import { installFetch, type FetchHost, type FetchTable } from './fetch';
import { installMessaging } from './messaging';

/** HTML timer initialization steps 5: past nesting level 5, timeouts under 4 ms become 4 ms. */
const MAX_TIMER_NESTING = 5;
const MIN_NESTED_DELAY = 4;
/** A render opportunity every 1000/60 ms of virtual time. */
export const FRAME_INTERVAL = 1000 / 60;
/** The origin window.postMessage events carry in the model. */
const MODEL_ORIGIN = 'http://localhost';

/** Host work waiting for its time: a delayed timer or a fetch in flight. */
interface PendingWork {
  id: number;
  dueAt: number;
  seq: number;
  ripen(): void;
}

interface AnimationFrameRequest {
  handle: number;
  id: number;
  callback: JSFunction;
  cancelled: boolean;
}

export class BrowserEventLoop extends EventLoop implements FetchHost {
  readonly model = 'browser' as const;
  private pending: PendingWork[] = [];
  private pendingSeq = 0;
  private readonly timersByHandle = new Map<number, Timer>();
  private readonly timerTasks = new Map<Timer, number>();
  private lastTimerHandle = 0;
  private animationFrames: AnimationFrameRequest[] = [];
  /** The callbacks of the frame being run (a callback may cancel a later one). */
  private runningFrame: AnimationFrameRequest[] = [];
  private lastFrameHandle = 0;
  private lastFrameTime = 0;
  /** HTML's "about-to-be-notified rejected promises list". */
  private aboutToBeNotified: PromiseObject[] = [];
  private inCheckpoint = false;

  constructor(private readonly fetchTable: FetchTable = {}) {
    super();
  }

  get agent(): Agent {
    return this.a;
  }

  protected installModel(a: Agent): void {
    const g = a.globalObject;
    g.defineOwnProperty('window', {
      value: g,
      writable: false,
      enumerable: true,
      configurable: false,
    });
    g.defineOwnProperty('self', { value: g, writable: true, enumerable: true, configurable: true });
    defineMethod(a, g, 'requestAnimationFrame', 1, (_t, args) => {
      const callback = args[0];
      if (!(callback instanceof JSFunction)) {
        throw a.typeError(
          "Failed to execute 'requestAnimationFrame' on 'Window': The callback provided as parameter 1 is not a function.",
        );
      }
      const request: AnimationFrameRequest = {
        handle: ++this.lastFrameHandle,
        id: a.newId(),
        callback,
        cancelled: false,
      };
      this.animationFrames.push(request);
      a.recorder.hostAdd({
        id: request.id,
        kind: 'animation-frame',
        label: callback.debugName(),
        dueAt: this.nextFrameTime(),
        delay: 0,
      });
      a.recorder.step(
        a.currentRange,
        `requestAnimationFrame: ${callback.debugName()} waits for the next frame`,
      );
      return request.handle;
    });
    defineMethod(a, g, 'cancelAnimationFrame', 1, (_t, args) => {
      const handle = toNumber(a, args[0]);
      // It may wait for the next frame, or be later in the frame being run.
      const request = [...this.animationFrames, ...this.runningFrame].find(
        (r) => r.handle === handle && !r.cancelled,
      );
      if (request) {
        request.cancelled = true;
        this.animationFrames = this.animationFrames.filter((r) => r !== request);
        a.recorder.hostRemove(request.id);
        a.recorder.step(
          a.currentRange,
          `cancelAnimationFrame: ${request.callback.debugName()} will not run`,
        );
      }
      return undefined;
    });
    installMessaging(this, MODEL_ORIGIN);
    installFetch(this, this.fetchTable);
    defineValue(g, 'origin', MODEL_ORIGIN);
  }

  protected queueMicrotaskError(): ThrowSignal {
    return this.a.typeError(
      "Failed to execute 'queueMicrotask' on 'Window': parameter 1 is not of type 'Function'.",
    );
  }

  /**
   * HTML's TimerHandler is a function or a string of code: anything else is converted to a
   * string, and the timer compiles and runs that string when it fires.
   */
  protected timerCallback(args: Value[], method: 'setTimeout' | 'setInterval'): JSFunction {
    const fail = (reason: string) =>
      this.a.typeError(`Failed to execute '${method}' on 'Window': ${reason}`);
    if (args.length === 0) throw fail('1 argument required, but only 0 present.');
    const handler = args[0];
    if (handler instanceof JSFunction) return handler;
    if (typeof handler === 'symbol') throw fail('Cannot convert a Symbol value to a string');
    if (typeof handler === 'string') throw new NotSupported(`${method} with code in a string`);
    // An object's string (from its own toString, maybe) would be compiled as code.
    if (isObject(handler)) throw new NotSupported(`${method} with an object as its handler`);
    // A number, boolean, bigint, null or undefined reads as code that does nothing (`42`).
    return makeBuiltin(this.a, `code ${JSON.stringify(String(handler))}`, 0, () => undefined);
  }

  /** WebIDL `long`: ToNumber, then modulo 2^32 into a signed 32-bit integer (so 2^31 is negative). */
  protected timeoutArgument(value: Value): number {
    return Math.max(0, toNumber(this.a, value) | 0);
  }

  protected effectiveDelay(requested: number): number {
    let delay = requested;
    if (this.nesting > MAX_TIMER_NESTING && delay < MIN_NESTED_DELAY) delay = MIN_NESTED_DELAY;
    return delay;
  }

  protected makeTimerHandle(timer: Timer): Value {
    const handle = ++this.lastTimerHandle;
    this.timersByHandle.set(handle, timer);
    return handle;
  }

  protected timerOf(handle: Value): Timer | null {
    return typeof handle === 'number' ? (this.timersByHandle.get(handle) ?? null) : null;
  }

  protected timerThis(): Value {
    return this.a.globalObject;
  }

  protected scheduleTimer(timer: Timer): void {
    if (timer.delay === 0) this.queueTimerTask(timer);
    else this.addPending(timer.id, timer.dueAt, () => this.queueTimerTask(timer));
  }

  protected cancelTimer(timer: Timer): void {
    this.timersByHandle.delete(timer.handle as number);
    const i = this.pending.findIndex((w) => w.id === timer.id);
    if (i >= 0) {
      this.pending.splice(i, 1);
      this.a.recorder.hostRemove(timer.id);
    }
    const task = this.timerTasks.get(timer);
    if (task !== undefined) {
      this.timerTasks.delete(timer);
      this.removeTask(task);
    }
  }

  /** The timer is due: its task joins the task queue (it leaves the host area). */
  private queueTimerTask(timer: Timer): void {
    const a = this.a;
    const id = a.newId();
    this.timerTasks.set(timer, id);
    a.recorder.hostRemove(timer.id);
    this.enqueueTask({
      id,
      source: 'timer',
      label: timer.callback.debugName(),
      caption: `the event loop takes ${timer.callback.debugName()} (timer #${timer.id}) from the task queue`,
      run: () => this.runTimerTask(timer),
    });
    this.hostStep(
      timer.delay === 0
        ? `timer #${timer.id} has 0 ms to wait: ${timer.callback.debugName()} joins the task queue at once`
        : `timer #${timer.id} is due after ${timer.delay} ms: ${timer.callback.debugName()} joins the task queue`,
      this.rangeOfCallback(timer.callback),
    );
  }

  /** HTML timer initialization steps 8: run the callback; an interval then re-arms itself. */
  private runTimerTask(timer: Timer): void {
    this.timerTasks.delete(timer);
    if (!timer.repeat) this.timersByHandle.delete(timer.handle as number);
    this.runTimerCallback(timer);
    if (timer.repeat && !timer.cleared) {
      // Re-run the initialization steps from this task: its nesting level counts, +1.
      const clamp = timer.nesting > MAX_TIMER_NESTING && timer.requestedDelay < MIN_NESTED_DELAY;
      timer.nesting += 1;
      this.rearmInterval(timer, clamp ? MIN_NESTED_DELAY : timer.requestedDelay);
      this.scheduleTimer(timer);
    }
  }

  // ---- host work with a due time (FetchHost) ------------------------------------------

  private addPending(id: number, dueAt: number, ripen: () => void): void {
    this.pending.push({ id, dueAt, seq: this.pendingSeq++, ripen });
  }

  addHostWork(
    view: Omit<HostWorkView, 'id' | 'dueAt'>,
    id: number,
    delay: number,
    ripen: () => void,
  ): void {
    const dueAt = this.clock + delay;
    this.a.recorder.hostAdd({ ...view, id, dueAt });
    this.addPending(id, dueAt, () => {
      this.a.recorder.hostRemove(id);
      ripen();
    });
  }

  queueTask(source: TaskSource, label: string, caption: string, run: () => void): void {
    this.enqueueTask({ id: this.a.newId(), source, label, caption, run: () => this.guard(run) });
  }

  invokeListener(f: JSFunction, thisArg: Value, args: Value[]): void {
    this.guard(() => this.invokeCallback(f, thisArg, args, 'task'));
    if (this.a.stack.length === 0) this.microtaskCheckpoint();
  }

  notice(text: string): void {
    this.a.recorder.notice(text);
  }

  // ---- the loop -----------------------------------------------------------------------

  run(script: () => void): void {
    this.setPhase('script');
    this.guard(script);
    this.microtaskCheckpoint();
    for (;;) {
      const task = this.tasks.shift();
      if (task) {
        this.setPhase('task');
        this.runTask(
          task,
          `the event loop takes ${task.label} from the task queue (${task.source})`,
        );
        this.microtaskCheckpoint();
        // A timer task's nesting level holds through its microtask checkpoint (as in Chromium).
        this.nesting = 0;
        continue;
      }
      const work = this.nextPending();
      const frame = this.animationFrames.length > 0 ? this.nextFrameTime() : Infinity;
      if (!work && frame === Infinity) break;
      if (work && work.dueAt <= frame) {
        this.advanceClock(work.dueAt);
        this.setPhase('idle');
        for (let w = this.nextPending(); w && w.dueAt <= this.clock; w = this.nextPending()) {
          this.pending.splice(this.pending.indexOf(w), 1);
          w.ripen();
        }
      } else {
        this.advanceClock(frame);
        this.renderSteps();
      }
    }
    this.setPhase('done');
  }

  private nextPending(): PendingWork | null {
    let best: PendingWork | null = null;
    for (const w of this.pending)
      if (!best || w.dueAt < best.dueAt || (w.dueAt === best.dueAt && w.seq < best.seq)) best = w;
    return best;
  }

  private nextFrameTime(): number {
    let k = Math.floor(this.clock / FRAME_INTERVAL) + 1;
    while (k * FRAME_INTERVAL <= this.lastFrameTime) k++;
    return k * FRAME_INTERVAL;
  }

  /**
   * Update the rendering, as far as a program can see it: run the animation frame callbacks
   * requested before this frame, each followed by a microtask checkpoint.
   * https://html.spec.whatwg.org/multipage/imagebitmap-and-animations.html#run-the-animation-frame-callbacks
   */
  private renderSteps(): void {
    this.lastFrameTime = this.clock;
    this.setPhase('render');
    this.hostStep(
      `a frame is due (${this.clock.toFixed(1)} ms): the browser runs the animation frame callbacks`,
    );
    const requests = this.animationFrames;
    this.animationFrames = [];
    this.runningFrame = requests;
    for (const request of requests) {
      if (request.cancelled) continue;
      request.cancelled = true;
      this.a.recorder.hostRemove(request.id);
      this.hostStep(
        `animation frame callback ${request.callback.debugName()} runs`,
        this.rangeOfCallback(request.callback),
      );
      this.invokeListener(request.callback, this.a.globalObject, [this.clock]);
    }
    this.runningFrame = [];
  }

  /** https://html.spec.whatwg.org/multipage/webappapis.html#perform-a-microtask-checkpoint */
  private microtaskCheckpoint(): void {
    if (this.inCheckpoint) return;
    this.inCheckpoint = true;
    try {
      const phase = this.phase;
      for (let job = this.microtasks.shift(); job; job = this.microtasks.shift()) {
        this.setPhase('microtasks');
        this.runJob(job);
      }
      this.setPhase(phase);
      this.notifyAboutRejectedPromises();
    } finally {
      this.inCheckpoint = false;
    }
  }

  /** https://html.spec.whatwg.org/multipage/webappapis.html#the-hostpromiserejectiontracker-implementation */
  promiseRejectionTracker(promise: PromiseObject, operation: 'reject' | 'handle'): void {
    if (operation === 'reject') this.aboutToBeNotified.push(promise);
    else {
      const i = this.aboutToBeNotified.indexOf(promise);
      if (i >= 0) this.aboutToBeNotified.splice(i, 1);
    }
  }

  /** https://html.spec.whatwg.org/multipage/webappapis.html#notify-about-rejected-promises */
  private notifyAboutRejectedPromises(): void {
    const list = this.aboutToBeNotified;
    if (list.length === 0) return;
    this.aboutToBeNotified = [];
    this.queueTask(
      'dom-manipulation',
      'report unhandled rejections',
      'the browser reports the promises nobody handled',
      () => {
        for (const p of list) {
          if (p.isHandled) continue;
          this.a.recorder.print('error', `Uncaught (in promise) ${this.describeThrown(p.result)}`);
          this.hostStep(
            `promise #${p.id} was rejected and nothing handled it; the event loop goes on`,
          );
        }
      },
    );
  }

  protected reportException(value: Value): void {
    this.a.recorder.print('error', `Uncaught ${this.describeThrown(value)}`);
    this.hostStep('an uncaught error ends this task; the event loop goes on');
  }

  /** As Chromium's console shows a thrown value: an error's stack, a primitive as text. */
  private describeThrown(value: Value): string {
    if (isObject(value)) {
      const stack = value.getOwnProperty('stack');
      if (stack && 'value' in stack && typeof stack.value === 'string') return stack.value;
      return inspect(this.a, value);
    }
    return typeof value === 'symbol' ? value.toString() : String(value);
  }
}
