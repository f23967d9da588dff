import {
  encodeEvent,
  EventKind,
  FRAME_COLUMNS,
  FRAME_KINDS,
  Interner,
  JOB_COLUMNS,
  JOB_KINDS,
  NumberColumn,
  PHASES,
  PROMISE_COLUMNS,
  PROMISE_STATES,
  SCOPE_COLUMNS,
  SCOPE_KINDS,
  SUSPEND_REASONS,
  SUSPENDED_COLUMNS,
  SUSPENDED_KINDS,
  TASK_COLUMNS,
  TASK_SOURCES,
  WRITE_COLUMNS,
} from './encoding';
import {
  emptyFoldState,
  foldEvent,
  foldStateSize,
  keyframeOf,
  type FoldState,
  type TableReader,
} from './snapshot';
import type {
  ConsoleLevel,
  ConsoleLine,
  HostWorkView,
  Keyframe,
  Model,
  Outcome,
  ReactionView,
  ScopeView,
  SourceRange,
  Trace,
  TraceEvent,
} from './types';
import { TRACE_VERSION } from './types';

/** Thrown (host-side) when the run reaches its step limit; nothing interpreted can catch it. */
export class StepLimitReached {
  constructor(public readonly limit: number) {}
}

/**
 * What the recorder needs of an environment record (evaluate/scope.ts): its parent, and a slot
 * for its row in the trace's scope table (-1 until it is first recorded).
 */
export interface RecordedScope {
  readonly parent: RecordedScope | null;
  traceRow: number;
}

/** What the recorder needs of a binding: a slot for its row in the binding table. */
export interface RecordedBinding {
  traceRow: number;
}

/** How a binding's value is written down: a number as it is, anything else as preview text. */
export type BindingValue = { number: number } | { preview: string };

/**
 * Records a run as it happens, straight into the trace's compact encoding (encoding.ts): events
 * as numbers, views in tables, step columns in typed chunks. A live fold state is kept current
 * so that a keyframe is a copy of a few index lists.
 */
export class Recorder {
  private readonly stepRange = new NumberColumn();
  private readonly stepEventEnd = new NumberColumn();
  private readonly events = new NumberColumn();
  private readonly ranges = new NumberColumn();
  private readonly rangeIndex = new Map<number, Map<number, number>>();
  private readonly strings = new Interner();
  private readonly captionStep = new NumberColumn();
  private readonly captionText = new NumberColumn();
  private frameBase = -1;
  private readonly frames = new NumberColumn();
  private readonly frameShapes = new NumberColumn();
  private readonly frameShapeIndex = new Map<string, number>();
  private readonly jobs = new NumberColumn();
  private readonly tasks = new NumberColumn();
  private readonly hostWork: HostWorkView[] = [];
  private readonly promises = new NumberColumn();
  private readonly promiseShapes = new NumberColumn();
  private readonly promiseShapeIndex = new Map<string, number>();
  private readonly reactionLists: ReactionView[][] = [];
  private readonly reactionListIndex = new Map<string, number>();
  private readonly suspended = new NumberColumn();
  private readonly suspendedAt = new NumberColumn();
  private readonly times = new NumberColumn();
  private readonly scopes = new NumberColumn();
  private readonly bindings = new NumberColumn();
  private readonly writes = new NumberColumn();
  readonly keyframes: Keyframe[] = [];
  readonly console: ConsoleLine[] = [];
  readonly notices: string[] = [];
  private readonly live: FoldState = emptyFoldState();
  private readonly reader: TableReader = {
    jobId: (row) => this.jobs.get(row * JOB_COLUMNS),
    taskId: (row) => this.tasks.get(row * TASK_COLUMNS),
    hostId: (row) => this.hostWork[row].id,
    promiseId: (row) => this.promises.get(row * PROMISE_COLUMNS),
    suspendedId: (row) => this.suspended.get(row * SUSPENDED_COLUMNS),
    time: (row) => this.times.get(row),
  };
  private lastKeyframeStep = -Infinity;

  constructor(
    readonly stepLimit: number,
    /** Steps between keyframes at least (more when the snapshot is large: see `step`). */
    readonly keyframeInterval = 256,
  ) {}

  get stepIndex(): number {
    return this.stepRange.length;
  }

  /** The range of the last step recorded, or null before the first. */
  get lastStepRange(): SourceRange | null {
    const n = this.stepRange.length;
    if (n === 0) return null;
    const r = this.stepRange.get(n - 1);
    return [this.ranges.get(2 * r), this.ranges.get(2 * r + 1)];
  }

  private rangeRow(start: number, end: number): number {
    let byEnd = this.rangeIndex.get(start);
    if (!byEnd) this.rangeIndex.set(start, (byEnd = new Map()));
    let row = byEnd.get(end);
    if (row === undefined) {
      row = this.ranges.length / 2;
      this.ranges.push(start);
      this.ranges.push(end);
      byEnd.set(end, row);
    }
    return row;
  }

  private push(kind: number, payload: number): void {
    const word = encodeEvent(kind, payload);
    this.events.push(word);
    foldEvent(this.live, word, this.reader);
  }

  emit(event: TraceEvent): void {
    switch (event.type) {
      case 'frame-push': {
        const { id, name, callSite, kind } = event.frame;
        if (this.frameBase < 0) this.frameBase = id;
        if (id !== this.frameBase + this.frames.length / FRAME_COLUMNS)
          throw new Error(`internal: frame ${id} pushed out of order`);
        const callSiteRow = callSite ? this.rangeRow(callSite[0], callSite[1]) + 1 : 0;
        const key = `${name}\u0000${callSiteRow}\u0000${kind}`;
        let shape = this.frameShapeIndex.get(key);
        if (shape === undefined) {
          shape = this.frameShapes.length / 3;
          this.frameShapes.push(this.strings.of(name));
          this.frameShapes.push(callSiteRow);
          this.frameShapes.push(FRAME_KINDS.indexOf(kind));
          this.frameShapeIndex.set(key, shape);
        }
        this.frames.push(shape);
        this.frames.push(0);
        this.push(EventKind.framePush, id);
        return;
      }
      case 'frame-pop':
        return this.push(EventKind.framePop, event.id);
      case 'job-enqueue': {
        const { id, kind, label, promiseId } = event.job;
        const row = this.jobs.length / JOB_COLUMNS;
        this.jobs.push(id);
        this.jobs.push(this.strings.of(label) * 8 + JOB_KINDS.indexOf(kind));
        this.jobs.push(promiseId === null ? 0 : promiseId + 1);
        return this.push(EventKind.jobEnqueue, row);
      }
      case 'job-dequeue':
        return this.push(EventKind.jobDequeue, event.id);
      case 'task-enqueue': {
        const { id, source, label } = event.task;
        const row = this.tasks.length / TASK_COLUMNS;
        this.tasks.push(id);
        this.tasks.push(this.strings.of(label) * 8 + TASK_SOURCES.indexOf(source));
        return this.push(EventKind.taskEnqueue, row);
      }
      case 'task-dequeue':
        return this.push(EventKind.taskDequeue, event.id);
      case 'host-add':
        this.hostWork.push(event.work);
        return this.push(EventKind.hostAdd, this.hostWork.length - 1);
      case 'host-remove':
        return this.push(EventKind.hostRemove, event.id);
      case 'promise': {
        const p = event.promise;
        const waiting = p.waiting ?? [];
        let listKey = '';
        for (const r of waiting) listKey += `${r.kind}\u0000${r.label}\u0001`;
        let list = this.reactionListIndex.get(listKey);
        if (list === undefined) {
          list = this.reactionLists.length;
          this.reactionLists.push(waiting.map((r) => ({ kind: r.kind, label: r.label })));
          this.reactionListIndex.set(listKey, list);
        }
        const value = p.value === null ? 0 : this.strings.of(p.value) + 1;
        const origin = this.strings.of(p.origin);
        const state = PROMISE_STATES.indexOf(p.state);
        const key = `${state},${value},${origin},${list}`;
        let shape = this.promiseShapeIndex.get(key);
        if (shape === undefined) {
          shape = this.promiseShapes.length / 4;
          this.promiseShapes.push(state);
          this.promiseShapes.push(value);
          this.promiseShapes.push(origin);
          this.promiseShapes.push(list);
          this.promiseShapeIndex.set(key, shape);
        }
        const row = this.promises.length / PROMISE_COLUMNS;
        this.promises.push(p.id);
        this.promises.push(shape);
        return this.push(EventKind.promise, row);
      }
      case 'console':
        return this.push(EventKind.console, event.index);
      case 'phase':
        return this.push(EventKind.phase, PHASES.indexOf(event.phase));
      case 'time':
        this.times.push(event.time);
        return this.push(EventKind.time, this.times.length - 1);
      case 'suspend': {
        const s = event.suspended;
        const row = this.suspended.length / SUSPENDED_COLUMNS;
        this.suspended.push(s.id);
        this.suspended.push(this.strings.of(s.name));
        this.suspended.push(
          SUSPENDED_KINDS.indexOf(s.kind) * 2 + SUSPEND_REASONS.indexOf(s.reason),
        );
        this.suspended.push(s.waitingOn === null ? 0 : s.waitingOn + 1);
        this.suspendedAt.push(this.rangeRow(s.at[0], s.at[1]));
        return this.push(EventKind.suspend, row);
      }
      case 'resume':
        return this.push(EventKind.resume, event.id);
      case 'binding':
        throw new Error('internal: binding events are recorded with recordBinding');
      default: {
        const unreachable: never = event;
        throw new Error(`unknown trace event ${JSON.stringify(unreachable)}`);
      }
    }
  }

  // ---- scopes and bindings (the call stack's locals) ---------------------------------------

  /**
   * The scope's row, recording it (and its parents) on first use. `describe` names it, lazily:
   * most scopes are recorded only when a binding is first declared in them.
   */
  scopeRow(
    scope: RecordedScope,
    describe: (scope: RecordedScope) => { kind: ScopeView['kind']; name: string },
  ): number {
    if (scope.traceRow >= 0) return scope.traceRow;
    const parent = scope.parent ? this.scopeRow(scope.parent, describe) + 1 : 0;
    const { kind, name } = describe(scope);
    scope.traceRow = this.scopes.length / SCOPE_COLUMNS;
    this.scopes.push(parent);
    this.scopes.push(Math.max(0, SCOPE_KINDS.indexOf(kind)));
    this.scopes.push(this.strings.of(name));
    return scope.traceRow;
  }

  /** Says which scope the frame just pushed runs in (its function's own environment). */
  setFrameScope(frameId: number, scopeRow: number): void {
    this.frames.set((frameId - this.frameBase) * FRAME_COLUMNS + 1, scopeRow + 1);
  }

  /**
   * A binding is declared (value null: in the temporal dead zone) or written. Each write is
   * three numbers: its event, its binding, its value.
   */
  recordBinding(
    binding: RecordedBinding,
    scopeRow: number,
    name: string,
    value: BindingValue | null,
  ): void {
    if (binding.traceRow < 0) {
      binding.traceRow = this.bindings.length / 2;
      this.bindings.push(scopeRow);
      this.bindings.push(this.strings.of(name));
    }
    const row = this.writes.length / WRITE_COLUMNS;
    this.writes.push(binding.traceRow);
    if (value === null) {
      this.writes.push(0);
      this.events.push(encodeEvent(EventKind.bindingUninitialized, row));
    } else if ('number' in value) {
      this.writes.push(value.number);
      this.events.push(encodeEvent(EventKind.bindingNumber, row));
    } else {
      this.writes.push(this.strings.of(value.preview));
      this.events.push(encodeEvent(EventKind.bindingPreview, row));
    }
  }

  /** Closes a step at `range`; the events emitted since the last step belong to it. */
  step(range: SourceRange, caption?: string): void {
    const i = this.stepRange.length;
    if (i >= this.stepLimit) throw new StepLimitReached(this.stepLimit);
    this.stepRange.push(this.rangeRow(range[0], range[1]));
    this.stepEventEnd.push(this.events.length);
    if (caption !== undefined) {
      this.captionStep.push(i);
      this.captionText.push(this.strings.of(caption));
    }
    this.maybeKeyframe(i);
  }

  /**
   * A keyframe every `keyframeInterval` steps, or fewer when the snapshot is large (a long
   * queue): a keyframe of n items waits for 4n steps, so keyframes cost at most a quarter of an
   * index a step, and rebuilding a step folds at most max(interval, 4n) steps' events (capped).
   */
  private maybeKeyframe(i: number): void {
    const since = i - this.lastKeyframeStep;
    if (since < this.keyframeInterval) return;
    if (since < this.keyframeInterval * 64 && foldStateSize(this.live) * 4 > since) return;
    this.keyframes.push(keyframeOf(this.live, i));
    this.lastKeyframeStep = i;
  }

  print(level: ConsoleLevel, text: string): number {
    const index = this.console.length;
    this.console.push({ level, text, step: this.stepIndex });
    this.emit({ type: 'console', index });
    return index;
  }

  finish(model: Model, source: string, outcome: Outcome): Trace {
    // Events after the last step (e.g. the final phase change) get a step of their own.
    const last = this.stepEventEnd.length - 1;
    if (last < 0 || this.stepEventEnd.get(last) < this.events.length) {
      this.stepRange.push(this.rangeRow(source.length, source.length));
      this.stepEventEnd.push(this.events.length);
      if (this.keyframes.length === 0) this.keyframes.push(keyframeOf(this.live, last + 1));
    }
    return {
      version: TRACE_VERSION,
      model,
      source,
      steps: { range: this.stepRange.toArray(), eventEnd: this.stepEventEnd.toArray() },
      ranges: this.ranges.toArray(),
      strings: this.strings.list,
      captions: { step: this.captionStep.toArray(), text: this.captionText.toArray() },
      events: this.events.toArray(),
      tables: {
        frameBase: Math.max(0, this.frameBase),
        frames: this.frames.toArray(),
        frameShapes: this.frameShapes.toArray(),
        jobs: this.jobs.toArray(),
        tasks: this.tasks.toArray(),
        hostWork: this.hostWork,
        promises: this.promises.toArray(),
        promiseShapes: this.promiseShapes.toArray(),
        reactionLists: this.reactionLists,
        suspended: this.suspended.toArray(),
        suspendedAt: this.suspendedAt.toArray(),
        times: this.times.toArray(),
        scopes: this.scopes.toArray(),
        bindings: this.bindings.toArray(),
        writes: this.writes.toArray(),
      },
      keyframes: this.keyframes,
      console: this.console,
      notices: this.notices,
      outcome,
    };
  }
}
