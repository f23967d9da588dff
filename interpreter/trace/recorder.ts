import {
  encodeCaptionText,
  encodePromiseInfo,
  encodeSuspendedInfo,
  encodeBinding,
  encodeJobInfo,
  eventKindOf,
  eventPayloadOf,
  isBindingEvent,
  recordedBindingNameOf,
  recordedBindingScopeOf,
  RECORDING_RANGE_BITS,
  RECORDING_RANGE_SPAN,
  KIND_BITS,
  encodeEvent,
  encodeFrame,
  encodeScope,
  encodeStep,
  splitCaption,
  recordedEventCountOf,
  encodeRecordedStep,
  EventKind,
  FRAME_KINDS,
  IdCaption,
  Interner,
  JOB_COLUMNS,
  JOB_KINDS,
  PHASES,
  PROMISE_COLUMNS,
  PROMISE_STATES,
  SCOPE_KINDS,
  SUSPEND_HOW_SPAN,
  SUSPEND_REASONS,
  SUSPENDED_COLUMNS,
  SUSPENDED_KINDS,
  TASK_COLUMNS,
  TASK_SOURCES,
} from './encoding';
import { forEachStretch, NumberColumn } from './column';
import {
  emptyFoldState,
  foldStateSize,
  foldSuspend,
  keyframeOf,
  MAX_SNAPSHOT_PROMISES,
  RowList,
  type FoldState,
} from './snapshot';
import type {
  Column,
  ConsoleLevel,
  ConsoleLine,
  FrameView,
  HostWorkView,
  JobView,
  Keyframe,
  LoopPhase,
  Model,
  Outcome,
  PromiseView,
  ReactionView,
  ScopeView,
  SourceRange,
  SuspendedView,
  TaskSource,
  Trace,
} from './types';
import { TRACE_VERSION } from './types';

interface ReactionListNode {
  row: number;
  next: Map<number, ReactionListNode>;
}

/**
 * Rewrites a chunk of recorded steps (encodeRecordedStep) in place to finished ones, their event
 * ends counted on from `eventEnd`; returns the event end of the chunk's last step. (A function of
 * its own, like finishBindingEvents: a small loop that compiles quickly.)
 */
function finishStepChunk(
  chunk: Uint32Array | Float64Array,
  eventEnd: number,
  rangeSpan: number,
): number {
  for (let i = 0; i < chunk.length; i++) {
    const eventCount = recordedEventCountOf(chunk[i]);
    eventEnd += eventCount;
    chunk[i] = encodeStep(eventEnd, chunk[i] - eventCount * RECORDING_RANGE_SPAN, rangeSpan);
  }
  return eventEnd;
}

/**
 * finishStepChunk for steps recorded in 4 bytes (every recorded word below 2^32, though the chunk
 * may have been widened for the finished ones): a word's event count and range row are its high
 * and low bits, split by integer operations rather than a division, a rounding and a
 * multiplication of doubles. The range row is below `rangeSpan` (the number of ranges).
 */
function finishNarrowStepChunk(
  chunk: Uint32Array | Float64Array,
  eventEnd: number,
  rangeSpan: number,
): number {
  const rangeMask = RECORDING_RANGE_SPAN - 1;
  for (let i = 0; i < chunk.length; i++) {
    const word = chunk[i];
    eventEnd += word >>> RECORDING_RANGE_BITS;
    chunk[i] = eventEnd * rangeSpan + (word & rangeMask);
  }
  return eventEnd;
}

/**
 * finishBindingEvents for events recorded in 4 bytes (as finishNarrowStepChunk): the kind, the
 * scope row and the name are bits of the word, split by integer operations; `recordedBits` is
 * the recorded name span's (a power of two).
 */
function finishNarrowBindingEvents(
  chunk: Uint32Array | Float64Array,
  from: number,
  to: number,
  recordedBits: number,
  nameSpan: number,
): void {
  // The masks are made before the loop: a module's constants are not folded into the loop's
  // code, and `2 **` in the loop took a power of doubles per event (loop.js's pass 10 -> 37 ms).
  const kindMask = 2 ** KIND_BITS - 1;
  const nameMask = 2 ** recordedBits - 1;
  for (let i = from; i < to; i++) {
    const word = chunk[i];
    const kind = word & kindMask;
    if (!isBindingEvent(kind)) continue;
    const payload = word >>> KIND_BITS;
    chunk[i] = encodeEvent(
      kind,
      encodeBinding(payload >>> recordedBits, payload & nameMask, nameSpan),
    );
  }
}

/**
 * Rewrites the binding events among `chunk[from, to)`, recorded with the name span
 * `recordedSpan`, in place to the finished trace's name span.
 */
function finishBindingEvents(
  chunk: Uint32Array | Float64Array,
  from: number,
  to: number,
  recordedSpan: number,
  nameSpan: number,
): void {
  for (let i = from; i < to; i++) {
    const word = chunk[i];
    const kind = eventKindOf(word);
    if (!isBindingEvent(kind)) continue;
    const payload = eventPayloadOf(word);
    const scope = recordedBindingScopeOf(payload, recordedSpan);
    const name = recordedBindingNameOf(payload, recordedSpan);
    chunk[i] = encodeEvent(kind, encodeBinding(scope, name, nameSpan));
  }
}

/**
 * A table of shapes (rows of three numbers, each row once: the promise and suspension shapes,
 * PROMISE_SHAPE_COLUMNS and SUSPENDED_SHAPE_COLUMNS in encoding.ts) and its index, which finds
 * a row by two numbers: no key text per event.
 */
class ShapeTable {
  readonly rows = new NumberColumn();
  private readonly index = new Map<number, Map<number, number>>();

  /** The row found by `outer` and `inner`; (c0, c1, c2) is added as that row if there is none. */
  rowOf(outer: number, inner: number, c0: number, c1: number, c2: number): number {
    const row = this.index.get(outer)?.get(inner);
    return row !== undefined ? row : this.add(outer, inner, c0, c1, c2);
  }

  /** Adds (c0, c1, c2) as the row found by `outer` and `inner`: rare, so kept out of rowOf. */
  private add(outer: number, inner: number, c0: number, c1: number, c2: number): number {
    let byInner = this.index.get(outer);
    if (byInner === undefined) this.index.set(outer, (byInner = new Map()));
    const row = this.rows.length / 3;
    this.rows.push(c0);
    this.rows.push(c1);
    this.rows.push(c2);
    byInner.set(inner, row);
    return row;
  }
}

/**
 * Few shapes are ever added, most of them in a run's first few records, before V8 keeps what
 * rowOf sees (from its 8th call or so): code optimized then treated the call of `add` as never
 * made, and the first shape added later (a promise's first settlement in a reaction job, on
 * promises.js) threw away Recorder.promise, which rowOf is inlined into, for the rest of the
 * run. Adding shapes to a table when this module loads shows V8 that call. A V8-specific
 * measure, harmless if V8 changes: instructions of a cold run of promises 1,875 → 1,847 M
 * (−1.5%). `add` is a method of its own so that the code it inlines is not compiled into every
 * caller of rowOf: with it inline, awaits (whose shapes are all added early) took 2–6% more CPU
 * and ~1 MB more fresh memory in a cold run.
 */
const warmUp = new ShapeTable();
for (let i = 0; i < 16; i++) warmUp.rowOf(i & 1, i, i, i, i);

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

/** How the call stack names a scope recorded without a name given (see Recorder.scopeRow). */
export type DescribeScope = (scope: RecordedScope) => { kind: ScopeView['kind']; name: string };

/**
 * What the recorder needs of a binding: its name's index (`nameIndex`, numbered when it is
 * declared; kept apart from the scope row it is encoded with, as a small integer, because their
 * encoded product passes 2^31 and a field holding such a number is a heap allocation), and where
 * its last write was recorded (-1: none), so that writes within one step make one event.
 */
export interface RecordedBinding {
  readonly traceName: number;
  writeEvent: number;
  writeValue: number;
}

/**
 * Records a run as it happens, straight into the trace's compact encoding (encoding.ts): events
 * as numbers, views in tables, step columns in typed chunks. A live fold state is kept current
 * so that a keyframe is a copy of a few index lists.
 */
export class Recorder {
  private readonly steps = new NumberColumn();
  /** The number of events when the last step closed: where the next step's events begin. */
  private stepEventEnd = 0;
  private readonly events = new NumberColumn();
  private readonly ranges = new NumberColumn();
  private readonly rangeIndex = new Map<number, Map<number, number>>();
  private lastRangeAt = new Int32Array(0);
  private readonly strings = new Interner();
  private readonly captionStep = new NumberColumn();
  private readonly captionText = new NumberColumn();
  private readonly captionTexts = new Interner();
  private frameBase = -1;
  private readonly frames = new NumberColumn();
  private readonly frameShapes = new NumberColumn();
  /** Frame shape rows by name, then by call-site row and kind. */
  private readonly frameShapeIndex = new Map<string, Map<number, number>>();
  private readonly lastFrameShape = { name: '', callSiteRow: -1, kind: '', shape: -1 };
  /** The last scope recorded: its parent row + 1, name, kind and encoded number (see scopeRow). */
  private readonly lastScope = { parent: -1, name: '', kind: '', info: 0 };
  private readonly jobs = new NumberColumn();
  private readonly tasks = new NumberColumn();
  private readonly hostWork: HostWorkView[] = [];
  private readonly promises = new NumberColumn();
  /** Promise shape rows, found by reaction list and state, then by origin. */
  private readonly promiseShapes = new ShapeTable();
  private readonly reactionLists: ReactionView[][] = [];
  /** Reaction list rows by their reactions, one reaction a level (no key text per event). */
  private readonly reactionListIndex: ReactionListNode = { row: -1, next: new Map() };
  /** Reaction labels numbered for that index only (they are not the trace's strings). */
  private readonly reactionLabels = new Interner();
  private readonly suspended = new NumberColumn();
  /** Suspension shape rows, found by name, then by range row and kind. */
  private readonly suspendedShapes = new ShapeTable();
  private readonly times = new NumberColumn();
  private readonly scopes = new NumberColumn();
  private readonly names = new Interner();
  /**
   * The name span binding events are recorded with (encoding.ts `recordedBindingScopeOf`): a
   * power of two above every name a binding event has used, doubled as needed.
   */
  private bindingNameSpan = 1;
  /** Where each span took over: pairs of (the index of the first event recorded with it, span). */
  private readonly bindingNameSpans: number[] = [0, 1];
  private readonly values = new NumberColumn();
  readonly keyframes: Keyframe[] = [];
  readonly console: ConsoleLine[] = [];
  readonly notices: string[] = [];
  private readonly live: FoldState = emptyFoldState();
  /**
   * The step of the last keyframe; before the first, a step far enough back that step 0 gets
   * one. A small integer, as every later value is: -Infinity made maybeKeyframe's first `since`
   * a double in every run, which threw away its optimized code (closeStep's, inlined) each time.
   */
  private lastKeyframeStep = -(2 ** 30);
  /**
   * The live state's promise list is made at keyframes only (see shownPromises): the promise rows
   * it has seen, and the promises recorded so far, up to MAX_SNAPSHOT_PROMISES of them (its size
   * is how many the list shows).
   */
  private promiseRowsShown = 0;
  private readonly promisesSeen = new Set<number>();

  constructor(
    readonly stepLimit: number,
    /** Steps between keyframes at least (more when the snapshot is large: see `step`). */
    readonly keyframeInterval = 256,
  ) {}

  get stepIndex(): number {
    return this.steps.length;
  }

  /** The range of the last step recorded, or null before the first. */
  get lastStepRange(): SourceRange | null {
    const n = this.steps.length;
    if (n === 0) return null;
    const word = this.steps.get(n - 1);
    const r = word - recordedEventCountOf(word) * RECORDING_RANGE_SPAN;
    return [this.ranges.get(2 * r), this.ranges.get(2 * r + 1)];
  }

  /**
   * The range row of a step or a call site. Most ranges start where one started before, and at
   * each offset at most two ranges start, taken in turns: a statement and the call it begins
   * (`a.push(i);` steps at the statement, and the builtin's frame has the call as its call site).
   * `lastRangeAt` remembers, per start offset, the last two ranges' ends + 1 (0: none yet) and
   * rows, the newest first, so most rows are found with a few array reads, not two Map lookups
   * (a loop of `a.push(i);`: 2 lookups an iteration with one range remembered, ~5% of its run).
   */
  private rangeRow(start: number, end: number): number {
    const last = this.lastRangeAt;
    const at = 4 * start;
    if (at < last.length) {
      if (last[at] === end + 1) return last[at + 1];
      if (last[at + 2] === end + 1) return last[at + 3];
    }
    const row = this.indexedRangeRow(start, end);
    if (at >= last.length) {
      this.lastRangeAt = new Int32Array(Math.max(at + 4, 2 * last.length, 2048));
      this.lastRangeAt.set(last);
    }
    const slots = this.lastRangeAt;
    slots[at + 2] = slots[at];
    slots[at + 3] = slots[at + 1];
    slots[at] = end + 1;
    slots[at + 1] = row;
    return row;
  }

  private indexedRangeRow(start: number, end: number): number {
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

  /** Appends an event to the log (the caller folds it into the live state). */
  private push(kind: number, payload: number): void {
    this.events.push(encodeEvent(kind, payload));
  }

  /** A frame shape's row, keyed by the name itself, then a number: no key text per call. */
  private frameShape(name: string, siteAndKind: number): number {
    let byName = this.frameShapeIndex.get(name);
    if (byName === undefined) this.frameShapeIndex.set(name, (byName = new Map()));
    let shape = byName.get(siteAndKind);
    if (shape === undefined) {
      shape = this.frameShapes.length / 3;
      this.frameShapes.push(this.strings.of(name));
      this.frameShapes.push(Math.floor(siteAndKind / FRAME_KINDS.length));
      this.frameShapes.push(siteAndKind % FRAME_KINDS.length);
      byName.set(siteAndKind, shape);
    }
    return shape;
  }

  /**
   * The `frame-push` event, without an event object (this runs for every call), with the row of
   * the scope the frame runs in (-1: none).
   */
  framePush(
    id: number,
    name: string,
    callSite: SourceRange | null,
    kind: FrameView['kind'],
    scopeRow: number,
  ): void {
    if (this.frameBase < 0) this.frameBase = id;
    if (id !== this.frameBase + this.frames.length)
      throw new Error(`internal: frame ${id} pushed out of order`);
    const callSiteRow = callSite ? this.rangeRow(callSite[0], callSite[1]) + 1 : 0;
    // The same function called from the same place again (recursion, a loop, a comparator) is
    // the common case: it skips the lookups, the kind's included.
    const last = this.lastFrameShape;
    if (last.name !== name || last.callSiteRow !== callSiteRow || last.kind !== kind) {
      last.name = name;
      last.callSiteRow = callSiteRow;
      last.kind = kind;
      last.shape = this.frameShape(
        name,
        callSiteRow * FRAME_KINDS.length + FRAME_KINDS.indexOf(kind),
      );
    }
    this.frames.push(encodeFrame(last.shape, scopeRow + 1));
    this.push(EventKind.framePush, id);
    this.live.stack.push(id, id);
  }

  framePop(id: number): void {
    this.push(EventKind.framePop, id);
    this.live.stack.remove(id);
  }

  private reactionListRow(waiting: readonly ReactionView[]): number {
    let node = this.reactionListIndex;
    for (const r of waiting) {
      const key = this.reactionLabels.of(r.label) * JOB_KINDS.length + JOB_KINDS.indexOf(r.kind);
      let child = node.next.get(key);
      if (child === undefined) node.next.set(key, (child = { row: -1, next: new Map() }));
      node = child;
    }
    if (node.row < 0) {
      node.row = this.reactionLists.length;
      this.reactionLists.push(waiting.map((r) => ({ kind: r.kind, label: r.label })));
    }
    return node.row;
  }

  // ---- one method per event kind -----------------------------------------------------------
  // Each records its event and folds it into the live state directly: no event object for the
  // caller to make, and no dispatch on one (a switch over event objects of a different shape
  // per kind was deoptimized and compiled again in every run).

  jobEnqueue(job: JobView): void {
    const row = this.jobs.length / JOB_COLUMNS;
    this.jobs.push(job.id);
    this.jobs.push(
      encodeJobInfo(
        job.promiseId === null ? 0 : job.promiseId + 1,
        this.strings.of(job.label),
        JOB_KINDS.indexOf(job.kind),
      ),
    );
    this.push(EventKind.jobEnqueue, row);
    this.live.microtasks.push(row, job.id);
  }

  /**
   * Whether job `id` joined the microtask queue within the step still open: no step shows it
   * waiting yet. (The open step holds a few events: those of the code run since the last step.)
   */
  jobEnqueuedInOpenStep(id: number): boolean {
    for (let e = this.events.length - 1; e >= this.stepEventEnd; e--) {
      const word = this.events.get(e);
      if (
        eventKindOf(word) === EventKind.jobEnqueue &&
        this.jobs.get(eventPayloadOf(word) * JOB_COLUMNS) === id
      )
        return true;
    }
    return false;
  }

  jobDequeue(id: number): void {
    this.push(EventKind.jobDequeue, id);
    this.live.microtasks.remove(id);
  }

  taskEnqueue(id: number, source: TaskSource, label: string): void {
    const row = this.tasks.length / TASK_COLUMNS;
    this.tasks.push(id);
    this.tasks.push(this.strings.of(label) * 8 + TASK_SOURCES.indexOf(source));
    this.push(EventKind.taskEnqueue, row);
    this.live.tasks.push(row, id);
  }

  taskDequeue(id: number): void {
    this.push(EventKind.taskDequeue, id);
    this.live.tasks.remove(id);
  }

  /** Host work (a timer, a request) starts; the trace keeps `work` itself. */
  hostAdd(work: HostWorkView): void {
    const row = this.hostWork.length;
    this.hostWork.push(work);
    this.push(EventKind.hostAdd, row);
    this.live.hostWork.push(row, work.id);
  }

  hostRemove(id: number): void {
    this.push(EventKind.hostRemove, id);
    this.live.hostWork.remove(id);
  }

  /** A promise as it is now; the recorder copies what it keeps of `p` (callers may reuse it). */
  promise(p: PromiseView): void {
    const list = this.reactionListRow(p.waiting ?? []);
    const value = p.value === null ? 0 : this.strings.of(p.value) + 1;
    const origin = this.strings.of(p.origin);
    const state = PROMISE_STATES.indexOf(p.state);
    // The value stays out of the shape: settled values differ from promise to promise.
    // Keyed by numbers (reaction list and state, then origin): no key text per event.
    const listAndState = list * PROMISE_STATES.length + state;
    const shape = this.promiseShapes.rowOf(listAndState, origin, state, origin, list);
    const row = this.promises.length / PROMISE_COLUMNS;
    this.promises.push(p.id);
    this.promises.push(encodePromiseInfo(value, shape));
    this.push(EventKind.promise, row);
    if (this.promisesSeen.size < MAX_SNAPSHOT_PROMISES) this.promisesSeen.add(p.id);
  }

  phase(phase: LoopPhase): void {
    this.push(EventKind.phase, PHASES.indexOf(phase));
    this.live.phase = phase;
  }

  /** Says once, with the trace, where the run parts from what the real runtime would do. */
  notice(text: string): void {
    if (!this.notices.includes(text)) this.notices.push(text);
  }

  time(time: number): void {
    this.times.push(time);
    this.push(EventKind.time, this.times.length - 1);
    this.live.time = time;
  }

  /** An activation suspends; the recorder copies what it keeps of `s` (callers may reuse it). */
  suspend(s: SuspendedView): void {
    const name = this.strings.of(s.name);
    const how = SUSPENDED_KINDS.indexOf(s.kind) * 2 + SUSPEND_REASONS.indexOf(s.reason);
    const at = this.rangeRow(s.at[0], s.at[1]);
    const shape = this.suspendedShapes.rowOf(name, at * SUSPEND_HOW_SPAN + how, name, how, at);
    const row = this.suspended.length / SUSPENDED_COLUMNS;
    this.suspended.push(s.id);
    this.suspended.push(encodeSuspendedInfo(s.waitingOn === null ? 0 : s.waitingOn + 1, shape));
    this.push(EventKind.suspend, row);
    foldSuspend(this.live, row, s.id);
  }

  resume(id: number): void {
    this.push(EventKind.resume, id);
    this.live.suspended.remove(id);
  }

  // ---- scopes and bindings (the call stack's locals) ---------------------------------------

  /**
   * The scope's row, recording it (and its parents) on first use. `describe` names it, lazily:
   * most scopes are recorded only when a binding is first declared in them.
   */
  scopeRow(scope: RecordedScope, describe: DescribeScope): number {
    if (scope.traceRow >= 0) return scope.traceRow;
    const parent = this.parentScopeRow(scope, describe);
    const { kind, name } = describe(scope);
    return this.addScopeRow(scope, parent, kind, name);
  }

  /**
   * scopeRow for the scope of a call to the function `name` (a scope with a parent), which needs
   * no description: an arrow's scope would otherwise be described as a block.
   */
  callScopeRow(scope: RecordedScope, describe: DescribeScope, name: string): number {
    if (scope.traceRow >= 0) return scope.traceRow;
    return this.addScopeRow(scope, this.parentScopeRow(scope, describe), 'closure', name);
  }

  /** The scope's parent's row + 1, recording the parent first if need be (0: no parent). */
  private parentScopeRow(scope: RecordedScope, describe: DescribeScope): number {
    const p = scope.parent;
    if (p === null) return 0;
    return (p.traceRow >= 0 ? p.traceRow : this.scopeRow(p, describe)) + 1;
  }

  private addScopeRow(
    scope: RecordedScope,
    parent: number,
    kind: ScopeView['kind'],
    name: string,
  ): number {
    // A scope like the last one recorded (each call of a function called again and again, from
    // a loop, a comparator or itself) is the common case: it skips the name's lookup.
    const last = this.lastScope;
    if (last.parent !== parent || last.name !== name || last.kind !== kind) {
      last.parent = parent;
      last.name = name;
      last.kind = kind;
      last.info = encodeScope(parent, this.names.of(name), Math.max(0, SCOPE_KINDS.indexOf(kind)));
    }
    scope.traceRow = this.scopes.length;
    this.scopes.push(last.info);
    return scope.traceRow;
  }

  /**
   * A binding is declared (`bindingUninitialized`: in the temporal dead zone) or written: one
   * event and one value. A second write within the same step replaces the first, since a
   * snapshot is taken per step and nothing can see between (a parameter's declaration and its
   * initialization).
   */
  recordBinding(
    binding: RecordedBinding,
    scopeRow: number,
    kind:
      | typeof EventKind.bindingNumber
      | typeof EventKind.bindingPreview
      | typeof EventKind.bindingUninitialized,
    /** The number itself, the preview text, or anything for an uninitialized binding. */
    value: number | string,
  ): void {
    const stored =
      kind === EventKind.bindingNumber
        ? (value as number)
        : kind === EventKind.bindingPreview
          ? this.strings.of(value as string)
          : 0;
    // Its last write is in the open step when it was recorded after the last step closed (a
    // comparison that spares every binding a field for the step of its last write).
    if (binding.writeEvent >= this.stepEventEnd) {
      // The event keeps its payload (encoded with the span of its time), with the new kind.
      const payload = eventPayloadOf(this.events.get(binding.writeEvent));
      this.events.set(binding.writeEvent, encodeEvent(kind, payload));
      this.values.set(binding.writeValue, stored);
      return;
    }
    if (binding.traceName >= this.bindingNameSpan) this.widenBindingNameSpan(binding.traceName);
    const word = encodeEvent(
      kind,
      encodeBinding(scopeRow, binding.traceName, this.bindingNameSpan),
    );
    binding.writeEvent = this.events.length;
    binding.writeValue = this.values.length;
    this.events.push(word);
    this.values.push(stored);
  }

  /** A binding name's index in the trace's names (the same list as the scopes' names). */
  nameIndex(name: string): number {
    return this.names.of(name);
  }

  /** A span above `name`, for the binding events recorded from now on. */
  private widenBindingNameSpan(name: number): void {
    while (this.bindingNameSpan <= name) this.bindingNameSpan *= 2;
    this.bindingNameSpans.push(this.events.length, this.bindingNameSpan);
  }

  /** Closes a step at `range`; the events emitted since the last step belong to it. */
  step(range: SourceRange, caption?: string): void {
    this.stepAt(range[0], range[1], caption);
  }

  /** `step` at the range from `start` to `end`, without an array for it (this runs every step). */
  stepAt(start: number, end: number, caption?: string): void {
    if (caption === undefined) return this.closeStep(start, end, null, -1);
    const { template, id } = splitCaption(caption);
    this.closeStep(start, end, template, id);
  }

  /** Closes a step captioned `${caption.before}#${id}${caption.after}`. */
  stepWithId(range: SourceRange, caption: IdCaption, id: number): void {
    if (caption.template === null) this.step(range, `${caption.before}#${id}${caption.after}`);
    else this.closeStep(range[0], range[1], caption.template, id);
  }

  private closeStep(start: number, end: number, template: string | null, id: number): void {
    const i = this.steps.length;
    if (i >= this.stepLimit) throw new StepLimitReached(this.stepLimit);
    this.pushStep(start, end);
    if (template !== null) {
      const text = this.captionTexts.of(template);
      this.captionStep.push(i);
      this.captionText.push(encodeCaptionText(id + 1, text));
    }
    this.maybeKeyframe(i);
  }

  /** A step at the range from `start` to `end`, owning the events recorded since the last one. */
  private pushStep(start: number, end: number): void {
    this.steps.push(
      encodeRecordedStep(this.events.length - this.stepEventEnd, this.rangeRow(start, end)),
    );
    this.stepEventEnd = this.events.length;
  }

  /**
   * A keyframe every `keyframeInterval` steps, or fewer when the snapshot is large (a long
   * queue): a keyframe of n items waits for 4n steps, so keyframes cost at most a quarter of an
   * index a step, and rebuilding a step folds at most max(interval, 4n) steps' events (capped).
   */
  private maybeKeyframe(i: number): void {
    const since = i - this.lastKeyframeStep;
    if (since < this.keyframeInterval) return;
    const size = foldStateSize(this.live) - this.live.promises.size + this.promisesSeen.size;
    if (since < this.keyframeInterval * 64 && size * 4 > since) return;
    this.keyframes.push(this.keyframeAt(i));
    this.lastKeyframeStep = i;
  }

  private keyframeAt(step: number): Keyframe {
    this.live.promises = this.shownPromises();
    return keyframeOf(this.live, step);
  }

  /**
   * The promises the live state shows, as folding every promise event would leave them: the
   * last MAX_SNAPSHOT_PROMISES promises recorded, each once, in the order of their last record.
   * Made only for a keyframe, walking back from the last record: the newer ones first, then the
   * list at the last keyframe (promise events are many, keyframes few).
   */
  private shownPromises(): RowList {
    const end = this.promises.length / PROMISE_COLUMNS;
    // No promise recorded since the last keyframe (every keyframe of a program without any).
    if (end === this.promiseRowsShown) return this.live.promises;
    const rows: number[] = [];
    const ids: number[] = [];
    const take = (row: number, id: number): void => {
      if (ids.includes(id)) return;
      rows.push(row);
      ids.push(id);
    };
    const max = MAX_SNAPSHOT_PROMISES;
    for (let row = end - 1; row >= this.promiseRowsShown && ids.length < max; row--)
      take(row, this.promises.get(row * PROMISE_COLUMNS));
    const before = this.live.promises;
    for (let i = before.items.length - 1; i >= before.head && ids.length < max; i--)
      take(before.items[i], before.ids[i]);
    this.promiseRowsShown = end;
    return new RowList(rows.reverse(), ids.reverse());
  }

  /**
   * The steps with their event ends and the finished trace's range span (the number of ranges):
   * shorter numbers, rewritten in place. Every event end is at most the number of events, so
   * whether the chunks must widen to 8 bytes a number is known before.
   */
  private finishedSteps(): Column {
    const span = Math.max(1, this.ranges.length / 2);
    const widest = this.events.length * span + span - 1;
    const narrow = !this.steps.isWide;
    if (widest >>> 0 !== widest) this.steps.widen();
    const steps = this.steps.toColumn();
    let eventEnd = 0;
    for (const chunk of steps.chunks)
      eventEnd = narrow
        ? finishNarrowStepChunk(chunk, eventEnd, span)
        : finishStepChunk(chunk, eventEnd, span);
    return steps;
  }

  /**
   * The event log with binding payloads in the finished trace's name span: the span the run
   * ended recording with, so only the events recorded before its last widening (most often a
   * short stretch at the start) are rewritten, in place, stretch by stretch of one recording
   * span. (A span of the number of names rewrote every binding event of every run: 5% of
   * sort.js.) A payload is at most the last scope row * span + the last name, so whether the
   * chunks must widen to 8 bytes a number is known before.
   */
  private finishedEvents(): Column {
    const span = this.bindingNameSpan;
    const widest = encodeEvent(EventKind.bindingUninitialized, this.scopes.length * span - 1);
    const narrow = !this.events.isWide;
    if (widest >>> 0 !== widest) this.events.widen();
    const events = this.events.toColumn();
    const spans = this.bindingNameSpans;
    // The last pair is the final span's own stretch, recorded as it stays.
    for (let k = 0; k + 2 < spans.length; k += 2) {
      const recordedSpan = spans[k + 1];
      const recordedBits = 31 - Math.clz32(recordedSpan);
      forEachStretch(events, spans[k], spans[k + 2], (chunk, first, last) =>
        narrow
          ? finishNarrowBindingEvents(chunk, first, last, recordedBits, span)
          : finishBindingEvents(chunk, first, last, recordedSpan, span),
      );
    }
    return events;
  }

  print(level: ConsoleLevel, text: string): number {
    const index = this.console.length;
    this.console.push({ level, text, step: this.stepIndex });
    this.push(EventKind.console, index);
    this.live.consoleLength = index + 1;
    return index;
  }

  finish(model: Model, source: string, outcome: Outcome): Trace {
    // Events after the last step (e.g. the final phase change) get a step of their own.
    const last = this.steps.length - 1;
    if (last < 0 || this.stepEventEnd < this.events.length) {
      this.pushStep(source.length, source.length);
      if (this.keyframes.length === 0) this.keyframes.push(this.keyframeAt(last + 1));
    }
    return {
      version: TRACE_VERSION,
      model,
      source,
      steps: this.finishedSteps(),
      ranges: this.ranges.toColumn(),
      strings: this.strings.list,
      captions: {
        step: this.captionStep.toColumn(),
        text: this.captionText.toColumn(),
        texts: this.captionTexts.list,
      },
      events: this.finishedEvents(),
      tables: {
        frameBase: Math.max(0, this.frameBase),
        frames: this.frames.toColumn(),
        frameShapes: this.frameShapes.toColumn(),
        jobs: this.jobs.toColumn(),
        tasks: this.tasks.toColumn(),
        hostWork: this.hostWork,
        promises: this.promises.toColumn(),
        promiseShapes: this.promiseShapes.rows.toColumn(),
        reactionLists: this.reactionLists,
        suspended: this.suspended.toColumn(),
        suspendedShapes: this.suspendedShapes.rows.toColumn(),
        times: this.times.toColumn(),
        scopes: this.scopes.toColumn(),
        names: this.names.list,
        nameSpan: this.bindingNameSpan,
        values: this.values.toColumn(),
      },
      keyframes: this.keyframes,
      console: this.console,
      notices: this.notices,
      outcome,
    };
  }
}
