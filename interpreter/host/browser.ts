/**
 * The browser model: the HTML event loop (https://html.spec.whatwg.org/multipage/webappapis.html#event-loop-processing-model).
 * The script is the first task; after it and after every task, a microtask checkpoint. When no
 * task is ready, the virtual clock jumps to the next timer.
 */
import type { Agent } from '../agent';
import type { PromiseObject } from '../realm/promise';
import type { Value } from '../realm/values';
import { EventLoop, type Timer } from './eventLoop';

/** HTML timer initialization steps 5: past nesting level 5, timeouts under 4 ms become 4 ms. */
const MAX_TIMER_NESTING = 5;
const MIN_NESTED_DELAY = 4;

export class BrowserEventLoop extends EventLoop {
  readonly model = 'browser' as const;
  private readonly pendingRejections: PromiseObject[] = [];

  protected installModel(a: Agent): void {
    const g = a.globalObject;
    g.defineOwnProperty('window', { value: g, writable: false, enumerable: true, configurable: false });
    g.defineOwnProperty('self', { value: g, writable: true, enumerable: true, configurable: true });
  }

  protected queueMicrotaskTypeError(): string {
    return "Failed to execute 'queueMicrotask' on 'Window': parameter 1 is not of type 'Function'.";
  }

  protected effectiveDelay(requested: number): number {
    let delay = Math.max(0, requested);
    if (this.nesting >= MAX_TIMER_NESTING && delay < MIN_NESTED_DELAY) delay = MIN_NESTED_DELAY;
    return delay;
  }

  protected timerHandle(timer: Timer): Value {
    return timer.id;
  }

  protected timerIdOf(handle: Value): number | null {
    return typeof handle === 'number' ? handle : null;
  }

  run(script: () => void): void {
    this.setPhase('script');
    this.guard(script);
    this.microtaskCheckpoint();
    for (;;) {
      const task = this.tasks.shift();
      if (task) {
        // shift() took it; the dequeue event is emitted by runTask.
        this.setPhase('task');
        this.runTask(task, `event loop takes ${task.label} from the task queue (${task.source})`);
        this.microtaskCheckpoint();
        continue;
      }
      const timer = this.nextTimer();
      if (!timer) break;
      this.advanceClock(timer.dueAt);
      for (const t of this.expiredTimers()) this.enqueueTimerTask(t);
    }
    this.setPhase('done');
  }

  /** https://html.spec.whatwg.org/multipage/webappapis.html#perform-a-microtask-checkpoint */
  private microtaskCheckpoint(): void {
    if (this.microtasks.length > 0) this.setPhase('microtasks');
    let job;
    while ((job = this.microtasks.shift())) this.runJob(job);
    this.reportRejections();
  }

  promiseRejectionTracker(promise: PromiseObject, operation: 'reject' | 'handle'): void {
    if (operation === 'reject') this.pendingRejections.push(promise);
    else {
      const i = this.pendingRejections.indexOf(promise);
      if (i >= 0) this.pendingRejections.splice(i, 1);
    }
  }

  /** Chromium reports still-unhandled rejections after the checkpoint: "Uncaught (in promise) …". */
  private reportRejections(): void {
    for (const p of this.pendingRejections.splice(0)) {
      if (p.isHandled) continue;
      this.a.recorder.print('error', `Uncaught (in promise) ${this.describeThrown(p.result)}`);
      this.hostStep(`promise #${p.id} was rejected and nothing handled it`);
    }
  }

  protected reportException(value: Value): void {
    this.a.recorder.print('error', `Uncaught ${this.describeThrown(value)}`);
    this.hostStep('an uncaught error ends the task; the event loop goes on');
  }
}
