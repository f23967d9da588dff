/**
 * The node model: libuv's loop (https://docs.libuv.org/en/v1.x/design.html#the-i-o-loop) with
 * Node's own queues on top, as Node 20 runs them:
 * - timers live in one list per duration, ordered by (expiry, list id), exactly like
 *   lib/internal/timers.js, so timers due together run in the order Node runs them;
 * - each loop turn runs the timers phase, then pending, poll (which blocks until the next timer
 *   when nothing else is ready), check (setImmediate) and close;
 * - after every callback, processTicksAndRejections drains every process.nextTick callback,
 *   then the promise jobs, again until both are empty, then checks for unhandled rejections.
 * https://nodejs.org/en/learn/asynchronous-work/event-loop-timers-and-nexttick
 */
import type { Agent } from '../agent';
import { ClosureFunction } from '../evaluate/functions';
import { defineMethod, defineValue } from '../realm/builtins/define';
import { inspect } from '../realm/inspect';
import { get, getV, hasProperty, toNumber, toString } from '../realm/operations';
import type { Job, PromiseObject } from '../realm/promise';
import {
  BuiltinFunction,
  isObject,
  JSArray,
  JSFunction,
  JSObject,
  ThrowSignal,
  type Value,
} from '../realm/values';
import { EventLoop, type Task, type Timer } from './eventLoop';
import { ProcessExit } from './host';
import { Queue } from './queue';

const TIMEOUT_MAX = 2 ** 31 - 1;

/** One of Node's timer lists: every timer of one duration, in insertion order. */
interface TimerList {
  msecs: number;
  expiry: number;
  /** Node's `timerListId`: breaks ties between lists of equal expiry. */
  id: number;
  timers: Timer[];
}

interface Immediate extends Task {
  handle: JSObject;
  destroyed: boolean;
}

export class NodeEventLoop extends EventLoop {
  readonly model = 'node' as const;
  private readonly nextTicks = new Queue<Job>();
  private immediates: Immediate[] = [];
  private readonly lists = new Map<number, TimerList>();
  private nextListId = 1;
  private readonly timersByHandle = new WeakMap<JSObject, Timer>();
  private readonly unrefed = new WeakSet<Timer>();
  private readonly immediatesByHandle = new WeakMap<JSObject, Immediate>();
  private readonly pendingRejections: PromiseObject[] = [];
  private timeoutPrototype!: JSObject;
  private immediatePrototype!: JSObject;
  private invalidArgTypePrototype!: JSObject;

  protected installModel(a: Agent): void {
    const g = a.globalObject;
    defineValue(g, 'global', g);
    // Node's errors of its own (lib/internal/errors.js makeNodeErrorWithCode) are instances of a
    // subclass whose toString names the code: `TypeError [ERR_INVALID_ARG_TYPE]: …`.
    this.invalidArgTypePrototype = new JSObject(
      get(a, a.intrinsics.TypeError, 'prototype') as JSObject,
    );
    defineMethod(a, this.invalidArgTypePrototype, 'toString', 0, (t) => {
      const name = toString(a, getV(a, t, 'name'));
      return `${name} [ERR_INVALID_ARG_TYPE]: ${toString(a, getV(a, t, 'message'))}`;
    });
    const process = new JSObject(a.intrinsics.ObjectPrototype);
    defineMethod(a, process, 'nextTick', 1, (_t, args) => {
      const callback = args[0];
      if (!(callback instanceof JSFunction)) throw this.invalidCallback(callback);
      const job: Job = {
        id: a.newId(),
        kind: 'nextTick',
        label: callback.debugName(),
        promiseId: null,
        run: () => this.invokeCallback(callback, undefined, args.slice(1), 'microtask'),
      };
      this.nextTicks.push(job);
      a.recorder.jobEnqueue(job);
      a.recorder.step(
        a.currentRange,
        `process.nextTick queues ${job.label}: it runs before any promise job`,
      );
      return undefined;
    });
    defineValue(g, 'process', process);

    this.timeoutPrototype = new JSObject(a.intrinsics.ObjectPrototype);
    const TP = this.timeoutPrototype;
    const thisTimer = (t: Value) => (isObject(t) ? this.timersByHandle.get(t) : undefined);
    defineMethod(a, TP, 'ref', 0, (t) => {
      const timer = thisTimer(t);
      if (timer) this.unrefed.delete(timer);
      return t;
    });
    defineMethod(a, TP, 'unref', 0, (t) => {
      const timer = thisTimer(t);
      if (timer) this.unrefed.add(timer);
      return t;
    });
    defineMethod(a, TP, 'hasRef', 0, (t) => {
      const timer = thisTimer(t);
      return timer ? !this.unrefed.has(timer) : false;
    });
    defineMethod(a, TP, 'refresh', 0, (t) => {
      const timer = thisTimer(t);
      if (timer && !timer.cleared && this.listOf(timer)) {
        this.unlink(timer);
        timer.dueAt = this.clock + timer.delay;
        this.insert(timer, timer.delay, this.clock);
        a.recorder.hostAdd(this.timerView(timer));
      }
      return t;
    });
    defineMethod(a, TP, 'close', 0, (t) => {
      const timer = thisTimer(t);
      if (timer && !timer.cleared) {
        timer.cleared = true;
        this.cancelTimer(timer);
      }
      return t;
    });

    this.immediatePrototype = new JSObject(a.intrinsics.ObjectPrototype);
    defineMethod(a, this.immediatePrototype, 'ref', 0, (t) => t);
    defineMethod(a, this.immediatePrototype, 'unref', 0, (t) => t);
    defineMethod(a, this.immediatePrototype, 'hasRef', 0, () => true);
    defineMethod(a, g, 'setImmediate', 1, (_t, args) => {
      const callback = args[0];
      if (!(callback instanceof JSFunction)) throw this.invalidCallback(callback);
      const handle = new JSObject(this.immediatePrototype);
      handle.className = 'Immediate';
      const immediate: Immediate = {
        id: a.newId(),
        source: 'immediate',
        label: callback.debugName(),
        handle,
        destroyed: false,
        caption: `check phase: ${callback.debugName()} (setImmediate) runs`,
        run: () => this.guard(() => this.invokeCallback(callback, handle, args.slice(1), 'task')),
      };
      this.immediates.push(immediate);
      this.immediatesByHandle.set(handle, immediate);
      this.enqueueTask(immediate);
      a.recorder.step(a.currentRange, `setImmediate queues ${immediate.label} for the check phase`);
      return handle;
    });
    defineMethod(a, g, 'clearImmediate', 1, (_t, args) => {
      const immediate = isObject(args[0]) ? this.immediatesByHandle.get(args[0]) : undefined;
      if (immediate && !immediate.destroyed) {
        // Node marks it destroyed; processImmediate skips it even in the batch already taken.
        immediate.destroyed = true;
        this.removeTask(immediate.id);
        a.recorder.step(a.currentRange, `clearImmediate cancels ${immediate.label}`);
      }
      return undefined;
    });
  }

  protected queueMicrotaskError(v: Value): ThrowSignal {
    return this.invalidCallback(v);
  }

  protected timerCallback(args: Value[]): JSFunction {
    const callback = args[0];
    if (!(callback instanceof JSFunction)) throw this.invalidCallback(callback);
    return callback;
  }

  /** lib/internal/timers.js Timeout: `after *= 1`. */
  protected timeoutArgument(value: Value): number {
    return toNumber(this.a, value);
  }

  /** lib/internal/timers.js Timeout: `if (!(after >= 1 && after <= TIMEOUT_MAX)) after = 1`. */
  protected effectiveDelay(requested: number): number {
    if (requested >= 1 && requested <= TIMEOUT_MAX) return requested;
    if (requested > TIMEOUT_MAX) {
      // Node warns on stderr, with its process id in the line: no output of ours could match it.
      this.a.recorder.notice(
        `In real Node, a timer of ${requested} ms prints a TimeoutOverflowWarning on stderr ("${requested} does not fit into a 32-bit signed integer. Timeout duration was set to 1."). Loopscope sets the timer to 1 ms, as Node does, without printing the warning.`,
      );
    }
    return 1;
  }

  /**
   * ERR_INVALID_ARG_TYPE for a callback that is not a function, as Node makes it: a TypeError
   * with an own enumerable `code`, which its stack's first line and its toString show too.
   */
  private invalidCallback(v: Value): ThrowSignal {
    const a = this.a;
    const message = `The "callback" argument must be of type function. Received ${describeReceived(a, v)}`;
    const error = a.makeError('TypeError', message);
    error.proto = this.invalidArgTypePrototype;
    const stack = String(get(a, error, 'stack'));
    const frames = stack.slice(stack.indexOf(message) + message.length);
    error.defineOwnProperty('stack', {
      value: `TypeError [ERR_INVALID_ARG_TYPE]: ${message}${frames}`,
      writable: true,
      enumerable: false,
      configurable: true,
    });
    error.defineOwnProperty('code', {
      value: 'ERR_INVALID_ARG_TYPE',
      writable: true,
      enumerable: true,
      configurable: true,
    });
    return new ThrowSignal(error);
  }

  protected makeTimerHandle(timer: Timer): Value {
    const o = new JSObject(this.timeoutPrototype);
    o.className = 'Timeout';
    this.timersByHandle.set(o, timer);
    return o;
  }

  protected timerOf(handle: Value): Timer | null {
    return isObject(handle) ? (this.timersByHandle.get(handle) ?? null) : null;
  }

  protected timerThis(timer: Timer): Value {
    return timer.handle;
  }

  protected scheduleTimer(timer: Timer): void {
    this.insert(timer, timer.delay, this.clock);
  }

  protected cancelTimer(timer: Timer): void {
    this.unlink(timer);
    this.a.recorder.hostRemove(timer.id);
  }

  // ---- timer lists (lib/internal/timers.js) -------------------------------------------

  private insert(timer: Timer, msecs: number, start: number): void {
    timer.dueAt = start + msecs;
    let list = this.lists.get(msecs);
    if (!list) {
      list = { msecs, expiry: start + msecs, id: this.nextListId++, timers: [] };
      this.lists.set(msecs, list);
    }
    list.timers.push(timer);
  }

  private listOf(timer: Timer): TimerList | undefined {
    const list = this.lists.get(timer.delay);
    return list && list.timers.includes(timer) ? list : undefined;
  }

  /** unenroll: a list left empty is dropped (a later timer of that duration starts a new one). */
  private unlink(timer: Timer): void {
    const list = this.listOf(timer);
    if (!list) return;
    list.timers.splice(list.timers.indexOf(timer), 1);
    if (list.timers.length === 0) this.lists.delete(list.msecs);
  }

  /** timerListQueue.peek(): the list with the earliest expiry, then the lowest id. */
  private firstList(): TimerList | null {
    let best: TimerList | null = null;
    for (const l of this.lists.values()) {
      if (!best || l.expiry < best.expiry || (l.expiry === best.expiry && l.id < best.id)) best = l;
    }
    return best;
  }

  /** processTimers(now) */
  private runTimersPhase(): void {
    const now = this.clock;
    for (let list = this.firstList(); list && list.expiry <= now; list = this.firstList()) {
      this.listOnTimeout(list, now);
    }
  }

  /** listOnTimeout(list, now): every timer of the list that is due, with ticks and jobs between. */
  private listOnTimeout(list: TimerList, now: number): void {
    const msecs = list.msecs;
    for (let timer = list.timers[0]; timer; timer = list.timers[0]) {
      const start = timer.dueAt - msecs;
      if (now - start < msecs) {
        // Not due yet: the list waits for its first timer (and gets a new id, as in Node).
        list.expiry = Math.max(start + msecs, now + 1);
        list.id = this.nextListId++;
        return;
      }
      list.timers.shift();
      this.setPhase('timers');
      this.a.recorder.hostRemove(timer.id);
      this.hostStep(
        `timers phase: timer #${timer.id} is due (${timer.delay} ms): ${timer.callback.debugName()} runs`,
        this.rangeOfCallback(timer.callback),
      );
      this.runTimerCallback(timer);
      if (timer.repeat && !timer.cleared) {
        // The interval re-arms from the time its callback started.
        this.rearmInterval(timer, timer.delay);
        this.insert(timer, timer.delay, now);
      }
      this.processTicksAndRejections();
    }
    if (this.lists.get(msecs) === list) this.lists.delete(msecs);
  }

  // ---- the loop -----------------------------------------------------------------------

  run(script: () => void): void {
    this.setPhase('script');
    this.guard(script);
    this.processTicksAndRejections();
    if (this.hasTimerAndImmediateRace()) {
      this.a.recorder.notice(
        'In real Node, a setTimeout(…, 0 or 1) and a setImmediate scheduled from the main module run in either order: it depends on whether a millisecond has passed when the loop starts. Loopscope shows the check phase first, as if none had (what Node usually does).',
      );
    }
    // uv_run runs the timers once before its first turn.
    this.runTimersPhase();
    while (this.isAlive()) {
      // pending and idle/prepare: nothing of ours lives there.
      // poll: with no immediate waiting, block until the next timer is due.
      if (!this.immediates.some((i) => !i.destroyed)) {
        const next = this.firstList();
        if (next) {
          this.setPhase('poll');
          this.advanceClock(Math.ceil(next.expiry));
          this.hostStep(
            `poll phase: nothing to do until ${this.clock} ms, when the next timer is due`,
          );
        }
      }
      this.runCheckPhase();
      // close: no handles of ours are closed.
      this.runTimersPhase();
    }
    this.setPhase('done');
  }

  /** The loop lives while a referenced timer or an immediate is pending (uv_loop_alive). */
  private isAlive(): boolean {
    if (this.immediates.some((i) => !i.destroyed)) return true;
    for (const list of this.lists.values())
      if (list.timers.some((t) => !this.unrefed.has(t))) return true;
    return false;
  }

  /** processImmediate: the immediates queued before the phase began, ticks and jobs after each. */
  private runCheckPhase(): void {
    const batch = this.immediates;
    this.immediates = [];
    for (const immediate of batch) {
      if (immediate.destroyed) continue;
      immediate.destroyed = true;
      this.setPhase('check');
      this.runTask(immediate, immediate.caption!);
      this.processTicksAndRejections();
    }
  }

  private hasTimerAndImmediateRace(): boolean {
    if (!this.immediates.some((i) => !i.destroyed)) return false;
    for (const list of this.lists.values())
      if (list.msecs <= 1 && list.timers.length > 0) return true;
    return false;
  }

  /** lib/internal/process/task_queues.js processTicksAndRejections */
  private processTicksAndRejections(): void {
    do {
      for (let tick = this.nextTicks.shift(); tick; tick = this.nextTicks.shift()) {
        this.setPhase('microtasks');
        this.runJob(tick);
      }
      this.runMicrotasks();
    } while (this.nextTicks.length > 0 || this.processRejections());
  }

  private runMicrotasks(): void {
    for (let job = this.microtasks.shift(); job; job = this.microtasks.shift()) {
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

  /**
   * processPromiseRejections under Node's default --unhandled-rejections=throw: the first
   * rejection still unhandled once the queues are empty becomes an uncaught exception.
   */
  private processRejections(): boolean {
    for (const p of this.pendingRejections.splice(0)) {
      if (p.isHandled) continue;
      const reason = p.result;
      this.hostStep(`promise #${p.id} was rejected and nothing handled it: Node ends the process`);
      // isErrorLike: an object with an own `stack` is thrown as is.
      if (isObject(reason) && reason.getOwnProperty('stack')) this.crash(inspect(this.a, reason));
      this.crash(
        'UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, ' +
          `or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${this.noSideEffectsToString(reason)}".\n` +
          "    at processPromiseRejections (node:internal/process/promises) {\n  code: 'ERR_UNHANDLED_REJECTION'\n}",
      );
    }
    return false;
  }

  /** V8's Object::NoSideEffectsToString, which names the reason of an unhandled rejection. */
  private noSideEffectsToString(v: Value): string {
    if (!isObject(v)) return typeof v === 'symbol' ? v.toString() : String(v);
    if (v instanceof ClosureFunction) {
      const n = v.node as unknown as { start: number; end: number };
      return this.a.source.slice(n.start, n.end);
    }
    if (v instanceof BuiltinFunction) return `function ${v.name}() { [native code] }`;
    if (v instanceof JSFunction) return `function ${v.debugName()}() { [native code] }`;
    if (v instanceof JSArray) return '[object Array]';
    const ctor = v.proto ? v.proto.getOwnProperty('constructor') : undefined;
    if (ctor && 'value' in ctor && ctor.value instanceof JSFunction) {
      const name = get(this.a, ctor.value, 'name');
      if (typeof name === 'string' && name) return `#<${name}>`;
    }
    return '[object Object]';
  }

  /** How Node prints an uncaught exception (after its `file:line`, source line and caret). */
  protected reportException(value: Value): void {
    if (isObject(value)) this.crash(inspect(this.a, value));
    const text = typeof value === 'symbol' ? '' : String(value);
    this.crash(
      `${text}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)`,
    );
  }

  private crash(text: string): never {
    this.a.recorder.print('error', text);
    this.hostStep('an uncaught error ends the process, as Node does (exit code 1)');
    throw new ProcessExit(text);
  }
}

/** How Node's ERR_INVALID_ARG_TYPE names the value received (lib/internal/errors.js determineSpecificType). */
function describeReceived(a: Agent, v: Value): string {
  switch (typeof v) {
    case 'undefined':
      return 'undefined';
    case 'bigint':
      return `type bigint (${v}n)`;
    case 'number':
      return `type number (${Object.is(v, -0) ? '-0' : v})`;
    case 'boolean':
      return `type boolean (${v})`;
    case 'symbol':
      return `type symbol (${v.toString()})`;
    case 'string': {
      const text = v.length > 28 ? `${v.slice(0, 25)}...` : v;
      return `type string (${text.includes("'") ? JSON.stringify(text) : `'${text}'`})`;
    }
  }
  if (v === null) return 'null';
  if (v instanceof JSFunction) return `function ${toString(a, get(a, v, 'name'))}`;
  const constructor = get(a, v, 'constructor');
  if (isObject(constructor) && hasProperty(constructor, 'name'))
    return `an instance of ${toString(a, get(a, constructor, 'name'))}`;
  return inspect(a, v, { depth: -1 });
}
