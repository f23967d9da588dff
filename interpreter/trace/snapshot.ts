import {
  bindingNameOf,
  bindingScopeOf,
  CAPTION_TEXT_SPAN,
  EventKind,
  eventKindOf,
  jobKindOf,
  jobLabelOf,
  jobPromiseOf,
  SUSPENDED_SHAPE_COLUMNS,
  SUSPENDED_SHAPE_SPAN,
  frameScopeOf,
  frameShapeOf,
  joinCaption,
  scopeKindOf,
  scopeNameOf,
  scopeParentOf,
  stepEventEndOf,
  stepRangeOf,
  isBindingEvent,
  eventPayloadOf,
  FRAME_KINDS,
  FRAME_SHAPE_COLUMNS,
  JOB_COLUMNS,
  JOB_KINDS,
  PHASES,
  PROMISE_COLUMNS,
  PROMISE_SHAPE_COLUMNS,
  PROMISE_SHAPE_SPAN,
  PROMISE_STATES,
  SCOPE_KINDS,
  SUSPEND_REASONS,
  SUSPENDED_COLUMNS,
  SUSPENDED_KINDS,
  TASK_COLUMNS,
  TASK_SOURCES,
} from './encoding';
import { columnAt, forEachStretch } from './column';
import type {
  BindingView,
  FrameView,
  HostWorkView,
  JobView,
  Keyframe,
  LoopPhase,
  PromiseView,
  ScopeView,
  Snapshot,
  SourceRange,
  SuspendedView,
  TaskView,
  Trace,
  TraceEvent,
  ViewTables,
} from './types';

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

/**
 * A list that mostly loses items from its front (queues) or its back (the stack): a head index
 * instead of shift(), and removal by id without a new array per event. Each item (a table row)
 * is kept with its id, so that removal compares numbers and calls nothing: a lookup through a
 * callback per list kind made the code that removes polymorphic, compiled again and again.
 */
export class RowList {
  items: number[];
  /** `ids[i]` is the id of `items[i]`. */
  ids: number[];
  declare head: number;

  constructor(items: number[] = [], ids: number[] = items.slice()) {
    this.items = items;
    this.ids = ids;
    // V8 takes a field that has not changed since its object was made for a constant, and
    // throws away the optimized code that relied on that when it first changes. `head` first
    // changes when a job leaves the microtask queue: in a program whose script runs long
    // (promises.js), after the recorder's per-step code was compiled, which then was compiled
    // twice. Set twice here, it is a variable from the first list on (harmless elsewhere).
    this.head = 1;
    this.head = 0;
  }

  get size(): number {
    return this.items.length - this.head;
  }

  push(row: number, id: number): void {
    this.items.push(row);
    this.ids.push(id);
  }

  /** The position of the first item whose id is `id`, or -1. */
  indexOf(id: number): number {
    const { ids } = this;
    for (let i = this.head; i < ids.length; i++) if (ids[i] === id) return i;
    return -1;
  }

  /**
   * Removes the item whose id is `id`, looking at the ends first: the head (a queue's job), then
   * back from the top (a frame: a deep recursion must not cost O(depth) a pop).
   */
  remove(id: number): void {
    const { items, ids } = this;
    if (this.head < ids.length && ids[this.head] === id) {
      this.head++;
      if (this.head > 1024 && this.head * 2 > items.length) {
        this.items = items.slice(this.head);
        this.ids = ids.slice(this.head);
        this.head = 0;
      }
      return;
    }
    let i = ids.length - 1;
    while (i >= this.head && ids[i] !== id) i--;
    if (i < this.head) return;
    if (i === ids.length - 1) {
      items.pop();
      ids.pop();
    } else {
      items.splice(i, 1);
      ids.splice(i, 1);
    }
  }

  toArray(): number[] {
    return this.items.slice(this.head);
  }
}

/** The state that events fold onto: rows of the view tables, not views. */
export interface FoldState {
  stack: RowList;
  microtasks: RowList;
  tasks: RowList;
  hostWork: RowList;
  promises: RowList;
  suspended: RowList;
  consoleLength: number;
  phase: LoopPhase;
  time: number;
}

export function emptyFoldState(): FoldState {
  return {
    stack: new RowList(),
    microtasks: new RowList(),
    tasks: new RowList(),
    hostWork: new RowList(),
    promises: new RowList(),
    suspended: new RowList(),
    consoleLength: 0,
    phase: 'script',
    time: 0,
  };
}

export function keyframeOf(state: FoldState, step: number): Keyframe {
  return {
    step,
    stack: state.stack.toArray(),
    microtasks: state.microtasks.toArray(),
    tasks: state.tasks.toArray(),
    hostWork: state.hostWork.toArray(),
    promises: state.promises.toArray(),
    suspended: state.suspended.toArray(),
    consoleLength: state.consoleLength,
    phase: state.phase,
    time: state.time,
  };
}

function foldStateOf(keyframe: Keyframe, t: TableReader): FoldState {
  const listOf = (rows: number[], idOf: (row: number) => number): RowList =>
    new RowList(rows.slice(), rows.map(idOf));
  return {
    stack: new RowList(keyframe.stack.slice()),
    microtasks: listOf(keyframe.microtasks, t.jobId),
    tasks: listOf(keyframe.tasks, t.taskId),
    hostWork: listOf(keyframe.hostWork, t.hostId),
    promises: listOf(keyframe.promises, t.promiseId),
    suspended: listOf(keyframe.suspended, t.suspendedId),
    consoleLength: keyframe.consoleLength,
    phase: keyframe.phase,
    time: keyframe.time,
  };
}

/** How many items a keyframe holds: a large one is taken less often (see Recorder.step). */
export const foldStateSize = (s: FoldState): number =>
  s.stack.size +
  s.microtasks.size +
  s.tasks.size +
  s.hostWork.size +
  s.promises.size +
  s.suspended.size;

/** The readers of a trace's tables that folding its events needs (an added item's id). */
export interface TableReader {
  jobId(row: number): number;
  taskId(row: number): number;
  hostId(row: number): number;
  promiseId(row: number): number;
  suspendedId(row: number): number;
  time(row: number): number;
}

/**
 * The folds of the events that need more than a push or a removal. The recorder calls foldSuspend
 * as it records (it knows each item's id) and `foldEvent` both as it replays a trace: one meaning.
 * (The recorder makes its promise list at keyframes only: Recorder.shownPromises.)
 */
function foldPromise(s: FoldState, row: number, id: number): void {
  s.promises.remove(id);
  s.promises.push(row, id);
  if (s.promises.size > MAX_SNAPSHOT_PROMISES) s.promises.head++;
  if (s.promises.head > 256) {
    const { items, ids, head } = s.promises;
    s.promises = new RowList(items.slice(head), ids.slice(head));
  }
}

export function foldSuspend(s: FoldState, row: number, id: number): void {
  // Re-suspending an activation replaces its entry in place, so it keeps its position.
  const i = s.suspended.indexOf(id);
  if (i >= 0) s.suspended.items[i] = row;
  else s.suspended.push(row, id);
}

/** Folds one encoded event of a trace into the state, in place. */
export function foldEvent(s: FoldState, word: number, t: TableReader): void {
  const payload = eventPayloadOf(word);
  switch (eventKindOf(word)) {
    case EventKind.framePush:
      s.stack.push(payload, payload);
      return;
    case EventKind.framePop:
      s.stack.remove(payload);
      return;
    case EventKind.jobEnqueue:
      s.microtasks.push(payload, t.jobId(payload));
      return;
    case EventKind.jobDequeue:
      s.microtasks.remove(payload);
      return;
    case EventKind.taskEnqueue:
      s.tasks.push(payload, t.taskId(payload));
      return;
    case EventKind.taskDequeue:
      s.tasks.remove(payload);
      return;
    case EventKind.hostAdd:
      s.hostWork.push(payload, t.hostId(payload));
      return;
    case EventKind.hostRemove:
      s.hostWork.remove(payload);
      return;
    case EventKind.promise:
      foldPromise(s, payload, t.promiseId(payload));
      return;
    case EventKind.console:
      s.consoleLength = payload + 1;
      return;
    case EventKind.phase:
      s.phase = PHASES[payload];
      return;
    case EventKind.time:
      s.time = t.time(payload);
      return;
    case EventKind.suspend:
      foldSuspend(s, payload, t.suspendedId(payload));
      return;
    case EventKind.resume:
      s.suspended.remove(payload);
      return;
    case EventKind.bindingNumber:
    case EventKind.bindingPreview:
    case EventKind.bindingUninitialized:
      // Locals are read per frame, on demand (scopesAt), not folded into every snapshot.
      return;
    default:
      throw new Error(`unknown trace event ${word}`);
  }
}

// ---- reading a finished trace ------------------------------------------------------------------

/** Views built from a trace's tables on first use, so a view is one object however often shown. */
interface DecodedViews {
  frames: FrameView[];
  jobs: JobView[];
  tasks: TaskView[];
  promises: PromiseView[];
  suspended: SuspendedView[];
  reader: TableReader;
  /** Built on the first scopesAt: each binding's writes, and each scope's bindings. */
  locals?: LocalsIndex;
}

const decoded = new WeakMap<Trace, DecodedViews>();

function viewsOf(trace: Trace): DecodedViews {
  let views = decoded.get(trace);
  if (!views) {
    const t = trace.tables;
    views = {
      frames: [],
      jobs: [],
      tasks: [],
      promises: [],
      suspended: [],
      reader: {
        jobId: (row) => columnAt(t.jobs, row * JOB_COLUMNS),
        taskId: (row) => columnAt(t.tasks, row * TASK_COLUMNS),
        hostId: (row) => t.hostWork[row].id,
        promiseId: (row) => columnAt(t.promises, row * PROMISE_COLUMNS),
        suspendedId: (row) => columnAt(t.suspended, row * SUSPENDED_COLUMNS),
        time: (row) => columnAt(t.times, row),
      },
    };
    decoded.set(trace, views);
  }
  return views;
}

export function rangeAt(trace: Trace, index: number): SourceRange {
  return [columnAt(trace.ranges, 2 * index), columnAt(trace.ranges, 2 * index + 1)];
}

function frameView(trace: Trace, views: DecodedViews, id: number): FrameView {
  const row = id - trace.tables.frameBase;
  let view = views.frames[row];
  if (!view) {
    const t = trace.tables;
    const shape = frameShapeOf(columnAt(t.frames, row)) * FRAME_SHAPE_COLUMNS;
    const callSite = columnAt(t.frameShapes, shape + 1);
    view = {
      id,
      name: trace.strings[columnAt(t.frameShapes, shape)],
      callSite: callSite === 0 ? null : rangeAt(trace, callSite - 1),
      kind: FRAME_KINDS[columnAt(t.frameShapes, shape + 2)],
    };
    views.frames[row] = view;
  }
  return view;
}

function jobView(trace: Trace, views: DecodedViews, row: number): JobView {
  let view = views.jobs[row];
  if (!view) {
    const t = trace.tables.jobs;
    const info = columnAt(t, row * JOB_COLUMNS + 1);
    const promise = jobPromiseOf(info);
    view = {
      id: columnAt(t, row * JOB_COLUMNS),
      kind: JOB_KINDS[jobKindOf(info)],
      label: trace.strings[jobLabelOf(info)],
      promiseId: promise === 0 ? null : promise - 1,
    };
    views.jobs[row] = view;
  }
  return view;
}

function taskView(trace: Trace, views: DecodedViews, row: number): TaskView {
  let view = views.tasks[row];
  if (!view) {
    const t = trace.tables.tasks;
    const info = columnAt(t, row * TASK_COLUMNS + 1);
    view = {
      id: columnAt(t, row * TASK_COLUMNS),
      source: TASK_SOURCES[info % 8],
      label: trace.strings[(info - (info % 8)) / 8],
    };
    views.tasks[row] = view;
  }
  return view;
}

function promiseView(trace: Trace, views: DecodedViews, row: number): PromiseView {
  let view = views.promises[row];
  if (!view) {
    const t = trace.tables;
    const second = columnAt(t.promises, row * PROMISE_COLUMNS + 1);
    const shape = (second % PROMISE_SHAPE_SPAN) * PROMISE_SHAPE_COLUMNS;
    const value = (second - (second % PROMISE_SHAPE_SPAN)) / PROMISE_SHAPE_SPAN;
    const waiting = t.reactionLists[columnAt(t.promiseShapes, shape + 2)];
    view = {
      id: columnAt(t.promises, row * PROMISE_COLUMNS),
      state: PROMISE_STATES[columnAt(t.promiseShapes, shape)],
      value: value === 0 ? null : trace.strings[value - 1],
      reactions: waiting.length,
      origin: trace.strings[columnAt(t.promiseShapes, shape + 1)],
      waiting,
    };
    views.promises[row] = view;
  }
  return view;
}

function suspendedView(trace: Trace, views: DecodedViews, row: number): SuspendedView {
  let view = views.suspended[row];
  if (!view) {
    const t = trace.tables.suspended;
    const second = columnAt(t, row * SUSPENDED_COLUMNS + 1);
    const waitingOn = (second - (second % SUSPENDED_SHAPE_SPAN)) / SUSPENDED_SHAPE_SPAN;
    const shape = (second % SUSPENDED_SHAPE_SPAN) * SUSPENDED_SHAPE_COLUMNS;
    const shapes = trace.tables.suspendedShapes;
    const how = columnAt(shapes, shape + 1);
    view = {
      id: columnAt(t, row * SUSPENDED_COLUMNS),
      name: trace.strings[columnAt(shapes, shape)],
      kind: SUSPENDED_KINDS[(how - (how % 2)) / 2],
      reason: SUSPEND_REASONS[how % 2],
      waitingOn: waitingOn === 0 ? null : waitingOn - 1,
      at: rangeAt(trace, columnAt(shapes, shape + 2)),
    };
    views.suspended[row] = view;
  }
  return view;
}

function snapshotOf(trace: Trace, views: DecodedViews, s: FoldState): Snapshot {
  const hostWork = trace.tables.hostWork;
  return {
    stack: s.stack.toArray().map((id) => frameView(trace, views, id)),
    microtasks: s.microtasks.toArray().map((row) => jobView(trace, views, row)),
    tasks: s.tasks.toArray().map((row) => taskView(trace, views, row)),
    hostWork: s.hostWork.toArray().map((row): HostWorkView => hostWork[row]),
    promises: s.promises.toArray().map((row) => promiseView(trace, views, row)),
    consoleLength: s.consoleLength,
    suspended: s.suspended.toArray().map((row) => suspendedView(trace, views, row)),
    phase: s.phase,
    time: s.time,
  };
}

export function stepCount(trace: Trace): number {
  return trace.steps.length;
}

/** The source range step `step` highlights. */
export function stepRange(trace: Trace, step: number): SourceRange {
  return rangeAt(trace, stepRangeOf(columnAt(trace.steps, step), rangeSpan(trace)));
}

const rangeSpan = (trace: Trace): number => Math.max(1, trace.ranges.length / 2);

/** How many events the snapshot of step `step` has applied: events [0, eventEndAt). */
export function eventEndAt(trace: Trace, step: number): number {
  return stepEventEndOf(columnAt(trace.steps, step), rangeSpan(trace));
}

/** How many events the trace's log holds. */
export function eventCount(trace: Trace): number {
  return trace.events.length;
}

/** Why step `step` happened, in plain words, when the trace says. */
export function captionAt(trace: Trace, step: number): string | undefined {
  const steps = trace.captions.step;
  let lo = 0;
  let hi = steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (columnAt(steps, mid) < step) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= steps.length || columnAt(steps, lo) !== step) return undefined;
  const text = columnAt(trace.captions.text, lo);
  const idPlusOne = (text - (text % CAPTION_TEXT_SPAN)) / CAPTION_TEXT_SPAN;
  return joinCaption(trace.captions.texts[text % CAPTION_TEXT_SPAN], idPlusOne - 1);
}

/** Event `index` of the log, decoded to a view (for indexes built once over a whole trace). */
export function eventAt(trace: Trace, index: number): TraceEvent {
  const word = columnAt(trace.events, index);
  const payload = eventPayloadOf(word);
  const views = viewsOf(trace);
  switch (eventKindOf(word)) {
    case EventKind.framePush:
      return { type: 'frame-push', frame: frameView(trace, views, payload) };
    case EventKind.framePop:
      return { type: 'frame-pop', id: payload };
    case EventKind.jobEnqueue:
      return { type: 'job-enqueue', job: jobView(trace, views, payload) };
    case EventKind.jobDequeue:
      return { type: 'job-dequeue', id: payload };
    case EventKind.taskEnqueue:
      return { type: 'task-enqueue', task: taskView(trace, views, payload) };
    case EventKind.taskDequeue:
      return { type: 'task-dequeue', id: payload };
    case EventKind.hostAdd:
      return { type: 'host-add', work: trace.tables.hostWork[payload] };
    case EventKind.hostRemove:
      return { type: 'host-remove', id: payload };
    case EventKind.promise:
      return { type: 'promise', promise: promiseView(trace, views, payload) };
    case EventKind.console:
      return { type: 'console', index: payload };
    case EventKind.phase:
      return { type: 'phase', phase: PHASES[payload] };
    case EventKind.time:
      return { type: 'time', time: columnAt(trace.tables.times, payload) };
    case EventKind.suspend:
      return { type: 'suspend', suspended: suspendedView(trace, views, payload) };
    case EventKind.resume:
      return { type: 'resume', id: payload };
    case EventKind.bindingNumber:
    case EventKind.bindingPreview:
    case EventKind.bindingUninitialized:
      return {
        type: 'binding',
        scope: bindingScopeOf(payload, trace.tables.nameSpan),
        name: trace.tables.names[bindingNameOf(payload, trace.tables.nameSpan)],
      };
    default:
      throw new Error(`unknown trace event ${word}`);
  }
}

/** Every event of the log, decoded (for tests and tools; the stage folds from keyframes). */
export function decodeEvents(trace: Trace): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (let i = 0; i < trace.events.length; i++) out.push(eventAt(trace, i));
  return out;
}

/** The last keyframe at or before `step` (keyframes are taken in step order). */
function keyframeBefore(trace: Trace, step: number): Keyframe {
  const k = trace.keyframes;
  let lo = 0;
  let hi = k.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (k[mid].step <= step) lo = mid;
    else hi = mid - 1;
  }
  return k[lo];
}

/**
 * The snapshot at `step`: the keyframe at or before it, with the events of the steps between
 * folded on. A bounded number of events (see Recorder.step), never a replay from the start.
 */
export function snapshotAt(trace: Trace, step: number): Snapshot {
  const last = stepCount(trace) - 1;
  if (last < 0 || trace.keyframes.length === 0) return emptySnapshot();
  const at = Math.max(0, Math.min(step, last));
  const keyframe = keyframeBefore(trace, at);
  const views = viewsOf(trace);
  const state = foldStateOf(keyframe, views.reader);
  const from = eventEndAt(trace, keyframe.step);
  const to = eventEndAt(trace, at);
  // Chunk by chunk rather than through columnAt for each event: a rebuild's time is this loop.
  const reader = views.reader;
  forEachStretch(trace.events, from, to, (chunk, first, end) => {
    for (let j = first; j < end; j++) foldEvent(state, chunk[j], reader);
  });
  return snapshotOf(trace, views, state);
}

/** Whether step i changed something visible (its own events), as opposed to a fine step only. */
export function isEventStep(trace: Trace, step: number): boolean {
  const before = step === 0 ? 0 : eventEndAt(trace, step - 1);
  return eventEndAt(trace, step) > before;
}

// ---- locals ------------------------------------------------------------------------------------

interface LocalsIndex {
  /** Per write (binding event, in log order): its event index, kind and value. */
  writeEvent: Int32Array;
  writeKind: Int8Array;
  /** Per scope row: its bindings (by name), each with its writes in order. */
  scopeBindings: Array<Map<number, number[]>>;
  /** Per frame row: the indices of its push and pop events (pop: the log's length if none). */
  framePush: Float64Array;
  framePop: Float64Array;
}

function localsIndexOf(trace: Trace, views: DecodedViews): LocalsIndex {
  if (views.locals) return views.locals;
  const t: ViewTables = trace.tables;
  const writes = t.values.length;
  const writeEvent = new Int32Array(writes);
  const writeKind = new Int8Array(writes);
  const scopeBindings: Array<Map<number, number[]>> = [];
  for (let s = 0; s < t.scopes.length; s++) scopeBindings.push(new Map());
  const events = trace.events;
  const span = t.nameSpan;
  const framePush = new Float64Array(t.frames.length).fill(Infinity);
  const framePop = new Float64Array(t.frames.length).fill(events.length);
  let w = 0;
  for (let i = 0; i < events.length; i++) {
    const word = columnAt(events, i);
    const kind = eventKindOf(word);
    if (kind === EventKind.framePush) framePush[eventPayloadOf(word) - t.frameBase] = i;
    if (kind === EventKind.framePop) framePop[eventPayloadOf(word) - t.frameBase] = i;
    if (!isBindingEvent(kind)) continue;
    const payload = eventPayloadOf(word);
    writeEvent[w] = i;
    writeKind[w] = kind;
    const byName = scopeBindings[bindingScopeOf(payload, span)];
    const name = bindingNameOf(payload, span);
    const list = byName.get(name);
    if (list) list.push(w);
    else byName.set(name, [w]);
    w++;
  }
  views.locals = { writeEvent, writeKind, scopeBindings, framePush, framePop };
  return views.locals;
}

/** The last of `writes` among events before `eventEnd`, or -1. */
function lastWriteBefore(index: LocalsIndex, writes: number[], eventEnd: number): number {
  let lo = 0;
  let hi = writes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.writeEvent[writes[mid]] < eventEnd) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? writes[lo - 1] : -1;
}

/** How a number binding previews: as util.inspect prints numbers (-0 and all). */
const previewNumber = (n: number): string => (Object.is(n, -0) ? '-0' : String(n));

/**
 * The scopes frame `frameId` sees at `step`, innermost first: its own (local) scope, then the
 * scopes its function closed over, up to the script's top-level scope (the global object's
 * properties are not listed). Bindings declared later than `step` are left out; bindings in the
 * temporal dead zone are listed as uninitialized. Empty when the frame is not on the stack then,
 * or runs no interpreted function (a builtin callback).
 *
 * Block scopes entered by the running frame itself are not listed (the trace records which scope
 * a frame starts in, not block entry and exit); block scopes a closure captured are
 * (`for (let i…)` callbacks show their `i`).
 */
export function scopesAt(trace: Trace, step: number, frameId: number): ScopeView[] {
  const last = stepCount(trace) - 1;
  if (last < 0) return [];
  const at = Math.max(0, Math.min(step, last));
  const t = trace.tables;
  const row = frameId - t.frameBase;
  if (row < 0 || row >= t.frames.length) return [];
  const scopePlusOne = frameScopeOf(columnAt(t.frames, row));
  if (scopePlusOne === 0) return [];
  const index = localsIndexOf(trace, viewsOf(trace));
  const eventEnd = eventEndAt(trace, at);
  if (!(index.framePush[row] < eventEnd && index.framePop[row] >= eventEnd)) return [];
  const result: ScopeView[] = [];
  let first = true;
  let innerName = '';
  for (let scope = scopePlusOne - 1; scope >= 0;) {
    const info = columnAt(t.scopes, scope);
    const parentPlusOne = scopeParentOf(info);
    const stored = SCOPE_KINDS[scopeKindOf(info)];
    const bindings: BindingView[] = [];
    for (const [name, writes] of index.scopeBindings[scope]) {
      const write = lastWriteBefore(index, writes, eventEnd);
      if (write < 0) continue;
      const value = columnAt(t.values, write);
      const kind = index.writeKind[write];
      bindings.push({
        name: t.names[name],
        preview:
          kind === EventKind.bindingNumber
            ? previewNumber(value)
            : kind === EventKind.bindingPreview
              ? trace.strings[value]
              : '<uninitialized>',
        initialized: kind !== EventKind.bindingUninitialized,
      });
    }
    const kind = first && stored !== 'script' ? 'local' : stored;
    const name = t.names[scopeNameOf(info)];
    // An empty block in the chain says nothing; neither does the scope that holds a named
    // function expression's own name (DevTools leaves it out too). The frame's own scope is
    // shown even when empty.
    const ownName =
      kind === 'block' &&
      bindings.length === 1 &&
      bindings[0].name === innerName &&
      bindings[0].preview.startsWith('[');
    if ((bindings.length > 0 && !ownName) || kind === 'local' || kind === 'script')
      result.push({ kind, name, bindings });
    innerName = name;
    first = false;
    scope = parentPlusOne - 1;
  }
  return result;
}
