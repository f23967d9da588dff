/**
 * The node model: libuv's phases (timers, pending, poll, check, close) with Node's own queues —
 * process.nextTick drained before promise jobs, and both drained after every callback (Node >= 11).
 * https://nodejs.org/en/learn/asynchronous-work/event-loop-timers-and-nexttick
 */
import type { Agent } from '../agent';
import { defineMethod, defineValue } from '../realm/builtins/define';
import type { Job, PromiseObject } from '../realm/promise';
import { isObject, JSFunction, JSObject, type Value } from '../realm/values';
import { describeReceived, EventLoop, type Task, type Timer } from './eventLoop';
import { ProcessExit } from './host';

const TIMEOUT_MAX = 2 ** 31 - 1;

export class NodeEventLoop extends EventLoop {
  readonly model = 'node' as const;
  private readonly nextTicks: Job[] = [];
  private readonly immediates: Task[] = [];
  private readonly timeoutObjects = new WeakMap<JSObject, number>();
  private readonly pendingRejections: PromiseObject[] = [];
  private timeoutPrototype!: JSObject;
  private immediateIds = new WeakMap<JSObject, number>();

  protected installModel(a: Agent): void {
    const g = a.globalObject;
    defineValue(g, 'global', g);
    const process = new JSObject(a.intrinsics.ObjectPrototype);
    defineMethod(a, process, 'nextTick', 1, (_t, args) => {
      const callback = args[0];
      if (!(callback instanceof JSFunction)) throw a.typeError(`The "callback" argument must be of type function. Received ${describeReceived(a, callback)}`);
      const job: Job = {
        id: a.newId(),
        kind: 'nextTick',
        label: callback.debugName(),
        promiseId: null,
        run: () => this.invokeCallback(callback, args.slice(1), 'microtask'),
      };
      this.nextTicks.push(job);
      a.recorder.emit({ type: 'job-enqueue', job: { id: job.id, kind: job.kind, label: job.label, promiseId: null } });
      a.recorder.step(a.currentRange, `process.nextTick queues ${job.label}`);
      return undefined;
    });
    defineValue(g, 'process', process);

    this.timeoutPrototype = new JSObject(a.intrinsics.ObjectPrototype);
    const immediatePrototype = new JSObject(a.intrinsics.ObjectPrototype);
    defineMethod(a, g, 'setImmediate', 1, (_t, args) => {
      const callback = args[0];
      if (!(callback instanceof JSFunction)) throw a.typeError(`The "callback" argument must be of type function. Received ${describeReceived(a, callback)}`);
      const id = a.newId();
      const task: Task = {
        id,
        source: 'immediate',
        label: callback.debugName(),
        run: () => this.guard(() => this.invokeCallback(callback, args.slice(1), 'task')),
      };
      this.immediates.push(task);
      this.enqueueTask(task);
      a.recorder.step(a.currentRange, `setImmediate queues ${task.label} for the check phase`);
      const handle = new JSObject(immediatePrototype);
      handle.className = 'Immediate';
      this.immediateIds.set(handle, id);
      return handle;
    });
    defineMethod(a, g, 'clearImmediate', 1, (_t, args) => {
      const id = isObject(args[0]) ? this.immediateIds.get(args[0]) : undefined;
      const i = this.immediates.findIndex((t) => t.id === id);
      if (i >= 0) {
        this.immediates.splice(i, 1);
        this.removeTask(id!);
      }
      return undefined;
    });
  }

  private removeTask(id: number): void {
    const i = this.tasks.findIndex((t) => t.id === id);
    if (i < 0) return;
    this.tasks.splice(i, 1);
    this.a.recorder.emit({ type: 'task-dequeue', id });
  }

  protected queueMicrotaskTypeError(v: Value): string {
    return `The "callback" argument must be of type function. Received ${describeReceived(this.a, v)}`;
  }

  protected effectiveDelay(requested: number): number {
    return requested >= 1 && requested <= TIMEOUT_MAX ? Math.trunc(requested) : 1;
  }

  protected timerHandle(timer: Timer): Value {
    const o = new JSObject(this.timeoutPrototype);
    o.className = 'Timeout';
    this.timeoutObjects.set(o, timer.id);
    return o;
  }

  protected timerIdOf(handle: Value): number | null {
    if (isObject(handle)) return this.timeoutObjects.get(handle) ?? null;
    return null;
  }

  run(script: () => void): void {
    this.setPhase('script');
    this.guard(script);
    this.processTicksAndRejections();
    if (this.hasTimerAndImmediateRace()) {
      this.a.recorder.notices.push(
        'In real Node, setTimeout(…, 0) and setImmediate scheduled from the main module run in either order (it depends on process timing); Loopscope shows the timers phase first.',
      );
    }
    while (this.timers.size > 0 || this.immediates.length > 0) {
      // timers
      this.setPhase('timers');
      if (this.immediates.length === 0) {
        // poll: nothing else to wait for, so block until the next timer is due.
        const next = this.nextTimer();
        if (next) this.advanceClock(next.dueAt);
      }
      for (const timer of this.expiredTimers()) {
        if (!this.timers.has(timer.id)) continue; // cleared by an earlier callback
        const task = this.enqueueTimerTask(timer);
        this.removeTask(task.id);
        this.a.recorder.step(this.a.currentRange, `timers phase runs ${task.label}`);
        task.run();
        this.processTicksAndRejections();
      }
      // check
      if (this.immediates.length > 0) {
        this.setPhase('check');
        const batch = this.immediates.splice(0);
        for (const task of batch) {
          this.runTask(task, `check phase runs ${task.label} (setImmediate)`);
          this.processTicksAndRejections();
        }
      }
    }
    this.setPhase('done');
  }

  private hasTimerAndImmediateRace(): boolean {
    return this.immediates.length > 0 && [...this.timers.values()].some((t) => t.delay <= 1);
  }

  /** Node's processTicksAndRejections: nextTicks first, then promise jobs, until both are empty. */
  private processTicksAndRejections(): void {
    for (;;) {
      let tick;
      while ((tick = this.nextTicks.shift())) {
        this.setPhase('microtasks');
        this.runJob(tick);
        this.runMicrotasks();
      }
      this.runMicrotasks();
      if (this.nextTicks.length === 0) break;
    }
    this.processRejections();
  }

  private runMicrotasks(): void {
    let job;
    while ((job = this.microtasks.shift())) {
      this.setPhase('microtasks');
      this.runJob(job);
    }
  }

  promiseRejectionTracker(promise: PromiseObject, operation: 'reject' | 'handle'): void {
    if (operation === 'reject') this.pendingRejections.push(promise);
    else {
      const i = this.pendingRejections.indexOf(promise);
      if (i >= 0) this.pendingRejections.splice(i, 1);
    }
  }

  /** Node's default (--unhandled-rejections=throw): an unhandled rejection is an uncaught exception. */
  private processRejections(): void {
    for (const p of this.pendingRejections.splice(0)) {
      if (p.isHandled) continue;
      const reason = p.result;
      if (isObject(reason) && reason.getOwnProperty('stack')) this.crash(this.describeThrown(reason));
      this.crash(
        `[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${this.describeThrown(reason)}".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}`,
      );
    }
  }

  protected reportException(value: Value): void {
    this.crash(this.describeThrown(value));
  }

  private crash(text: string): never {
    this.a.recorder.print('error', text);
    this.hostStep('an uncaught error ends the process, as Node does');
    throw new ProcessExit(text);
  }
}
