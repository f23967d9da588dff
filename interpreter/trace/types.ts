/**
 * The trace: the interpreter's only output. JSON data (it crosses the worker boundary, IPC and
 * the disk; its number columns are chunked typed arrays in memory, written as plain arrays by
 * `traceToJSON` and read back by `traceFromJSON`, trace/json.ts), versioned, and compact (issue 8:
 * at most 64 bytes a fine step, on the heap and as JSON): an append-only event log of numbers,
 * the views those events name kept once each in tables, one number per step, and keyframes
 * (index lists into the tables) so that the snapshot of any step is rebuilt by folding a bounded
 * number of events onto the keyframe before it. The encoding is in trace/encoding.ts; read a trace
 * through the functions of trace/snapshot.ts, never through its columns:
 *
 * - `snapshotAt(trace, i)` is what the stage shows at step i: the stack, the microtask queue
 *   (each job with its kind and promise), the task queue (each task with its source), host work
 *   (timers counting down, fetches, animation frames), the latest promises (state, value, waiting
 *   reactions), suspended async functions and generators and what they wait for, the loop phase
 *   and the virtual time. It equals folding events [0, eventEndAt(trace, i)) onto
 *   `emptySnapshot()`; a property test checks exactly that. Views are built once per trace and
 *   shared between snapshots.
 * - `scopesAt(trace, i, frameId)`: what a frame on the stack at step i sees — its local scope,
 *   the scopes its function closed over, the script's (module's) top level — each binding with a
 *   preview of its value (or uninitialized, in the temporal dead zone).
 * - `stepRange(trace, i)` is the source step i highlights; `captionAt(trace, i)`, when present,
 *   says in plain words why it happened ("await suspends doStuff; its continuation waits for
 *   promise #3").
 * - Every step is a fine step; `isEventStep(trace, i)` picks those that changed something
 *   visible, for stepping event by event. `eventAt(trace, e)` / `decodeEvents(trace)` give the
 *   log as `TraceEvent` objects, for indexes built once over a whole trace.
 * - Ids are stable across the trace and shared by one counter, so an id names one thing: the
 *   same job, task, timer or promise can be followed from panel to panel.
 *
 * Version 2 replaced version 1's object-per-event log and view-per-keyframe JSON; version 3
 * (this one) added `tables.nameSpan` (binding events had used the number of names). Older
 * traces are not read.
 */
export const TRACE_VERSION = 3;

export type Model = 'browser' | 'node';

/** Character offsets into the source: [start, end). */
export type SourceRange = readonly [start: number, end: number];

/** Where the event loop is. `script` is the main program; the rest name loop phases. */
export type LoopPhase =
  | 'script'
  | 'microtasks'
  | 'task'
  | 'render'
  | 'timers'
  | 'pending'
  | 'poll'
  | 'check'
  | 'close'
  | 'idle'
  | 'done';

export interface FrameView {
  id: number;
  /** The function's name as a stack trace would print it, `(anonymous)` or `<script>`. */
  name: string;
  /** The range of the call expression (or host dispatch) that created the frame. */
  callSite: SourceRange | null;
  /** Why this frame exists: the main script, a call, or a callback the host or a job invoked. */
  kind: 'script' | 'call' | 'task' | 'microtask' | 'builtin-callback';
}

/** What kind of microtask a job is; each is drawn and labelled differently. */
export type JobKind =
  'promise-reaction' | 'await-continuation' | 'resolve-thenable' | 'queueMicrotask' | 'nextTick';

export interface JobView {
  id: number;
  kind: JobKind;
  /** A short label: the callback's name, or `doStuff (after await)`. */
  label: string;
  /** The promise the job belongs to, if any. */
  promiseId: number | null;
}

export type TaskSource =
  | 'timer'
  | 'messaging'
  | 'networking'
  | 'user-interaction'
  | 'immediate'
  | 'close'
  | 'io'
  /** HTML queues the report of unhandled rejections on the DOM manipulation task source. */
  | 'dom-manipulation';

export interface TaskView {
  id: number;
  source: TaskSource;
  label: string;
}

/** Work the host holds for later: a timer counting down, a fetch in flight, an rAF callback. */
export interface HostWorkView {
  id: number;
  kind: 'timeout' | 'interval' | 'fetch' | 'animation-frame' | 'immediate';
  label: string;
  /** Virtual time (ms) at which it becomes a task; null when not time-driven. */
  dueAt: number | null;
  delay: number;
}

export type PromiseState = 'pending' | 'fulfilled' | 'rejected';

export interface PromiseView {
  id: number;
  state: PromiseState;
  /** The settled value, formatted as the console would print it. */
  value: string | null;
  /** How many reactions wait on it. */
  reactions: number;
  /** What created it: `new Promise`, `then`, `async doStuff`, … */
  origin: string;
  /**
   * The reactions waiting on it, in registration order (the order their jobs will be queued).
   * Added after version 1's first release: absent in older traces.
   */
  waiting?: ReactionView[];
}

/** One reaction waiting on a pending promise: what will be queued when it settles. */
export interface ReactionView {
  kind: JobKind;
  /** The job's label, as its JobView will carry it. */
  label: string;
}

/**
 * A suspended async function, async generator or generator, and what resumes it: a promise
 * (`await`) or the next call to next()/return()/throw() (`yield`). A generator is listed from its
 * first yield until it completes; one never started (its body not yet entered) is not.
 */
export interface SuspendedView {
  /**
   * One id per activation (an async call, a generator or async generator object), stable across
   * resumes; drawn from the same counter as promise, job and task ids.
   */
  id: number;
  name: string;
  kind: 'async-function' | 'async-generator' | 'generator';
  reason: 'await' | 'yield';
  /** The promise whose settlement queues the continuation; null while waiting at a yield. */
  waitingOn: number | null;
  /** The await or yield it stopped at. */
  at: SourceRange;
}

export type ConsoleLevel = 'log' | 'info' | 'warn' | 'error';

export interface ConsoleLine {
  level: ConsoleLevel;
  text: string;
  /** The step at which the line was printed. */
  step: number;
}

/** Everything the stage shows at one step. Console lines live in `Trace.console`. */
export interface Snapshot {
  stack: FrameView[];
  microtasks: JobView[];
  tasks: TaskView[];
  hostWork: HostWorkView[];
  /** The most recently touched promises, newest last (bounded; see MAX_SNAPSHOT_PROMISES). */
  promises: PromiseView[];
  /** How many entries of `Trace.console` have been printed by this step. */
  consoleLength: number;
  /**
   * Async functions and generators suspended at this step, oldest first. Always present in
   * traces this interpreter writes; optional so that older traces still type-check.
   */
  suspended?: SuspendedView[];
  phase: LoopPhase;
  /** Virtual clock in milliseconds. */
  time: number;
}

export type TraceEvent =
  | { type: 'frame-push'; frame: FrameView }
  | { type: 'frame-pop'; id: number }
  | { type: 'job-enqueue'; job: JobView }
  | { type: 'job-dequeue'; id: number }
  | { type: 'task-enqueue'; task: TaskView }
  | { type: 'task-dequeue'; id: number }
  | { type: 'host-add'; work: HostWorkView }
  | { type: 'host-remove'; id: number }
  | { type: 'promise'; promise: PromiseView }
  | { type: 'console'; index: number }
  | { type: 'phase'; phase: LoopPhase }
  | { type: 'time'; time: number }
  /** An async function or generator stops at an await or a yield (or changes what it waits on). */
  | { type: 'suspend'; suspended: SuspendedView }
  /** It runs again (its frame is pushed by a frame-push event of its own), or it has finished. */
  | { type: 'resume'; id: number }
  /**
   * A binding of a scope is declared or written (at most once a step: the last write counts).
   * Only the recorder emits these: read locals with `scopesAt`.
   */
  | { type: 'binding'; scope: number; name: string };

export interface Diagnostic {
  message: string;
  line: number;
  /** 1-based, as editors count. */
  column: number;
  range: SourceRange;
}

export type Outcome =
  | { kind: 'completed' }
  | { kind: 'step-limit'; limit: number }
  | { kind: 'uncaught'; message: string }
  | { kind: 'syntax-error'; diagnostic: Diagnostic }
  | { kind: 'unsupported'; feature: string; diagnostic: Diagnostic };

/**
 * A keyframe: what the snapshot at `step` holds, as indices into the view tables (never the views
 * themselves, so that JSON does not repeat a long queue's views in every keyframe).
 */
export interface Keyframe {
  step: number;
  /** Frame ids, bottom first. */
  stack: number[];
  /** Rows of `tables.jobs`, `tables.tasks`, `tables.hostWork`, `tables.promises`, `tables.suspended`. */
  microtasks: number[];
  tasks: number[];
  hostWork: number[];
  promises: number[];
  suspended: number[];
  consoleLength: number;
  phase: LoopPhase;
  time: number;
}

/**
 * A column of numbers in the trace: `length` numbers in typed chunks, the ones the recorder
 * filled (trace/column.ts), so that finishing a run copies nothing and a worker can hand the
 * chunks' buffers to the page without copying. Every chunk but the last holds COLUMN_CHUNK (8,192)
 * numbers, and the chunks hold `length` numbers in all, 4 bytes a number where every number fits
 * a Uint32Array, else 8. Plain data (no class), so that it survives structured clone. Read one
 * through `columnAt` (trace/column.ts). As JSON a column is a plain array: write a trace with
 * `traceToJSON` and read it back with `traceFromJSON` (trace/json.ts).
 */
export interface Column {
  length: number;
  chunks: Array<Uint32Array | Float64Array>;
}

/**
 * The views that events name, kept once each (encoding in trace/encoding.ts). Flat number arrays
 * hold a fixed number of columns per row; numbers that name text are indices into
 * `Trace.strings`, numbers that name a range are indices into `Trace.ranges`. `C` is the form of a
 * number column: `Column`, or a plain array in a trace as JSON holds it (json.ts `PlainTrace`).
 */
export interface ViewTables<C = Column> {
  /** Frame ids are consecutive from this one: row `id - frameBase` of `frames`. */
  frameBase: number;
  /** Per frame: (its scope row + 1, 0: none) * 2^20 + its shape (a row of frameShapes). */
  frames: C;
  /** 3 columns: name, call site range + 1 (0: none), kind (an index into FRAME_KINDS). */
  frameShapes: C;
  /** 2 columns: id, (promise id + 1, 0: none) * 2^23 + label * 8 + kind (JOB_KINDS). */
  jobs: C;
  /** 2 columns: id, label * 8 + source (TASK_SOURCES). */
  tasks: C;
  hostWork: HostWorkView[];
  /** 2 columns: id, (value in `strings` + 1, 0: none) * 2^20 + shape (a row of promiseShapes). */
  promises: C;
  /** 3 columns: state (PROMISE_STATES), origin, waiting (a row of reactionLists). */
  promiseShapes: C;
  reactionLists: ReactionView[][];
  /** 2 columns: id, (waiting-on promise id + 1, 0: none) * 2^20 + shape. */
  suspended: C;
  /** 3 columns: name, kind * 2 + reason, the range of the await or yield. */
  suspendedShapes: C;
  /** Virtual times named by `time` events. */
  times: C;
  /**
   * Scopes (environment records) that frames run in or that hold bindings, one number each:
   * (parent row + 1, 0: none) * 2^21 + name (in `names`) * 4 + kind (SCOPE_KINDS).
   */
  scopes: C;
  /** Binding and scope names. */
  names: string[];
  /**
   * A binding event's payload is its scope row * nameSpan + its name (in `names`); nameSpan is
   * above every name a binding event names (a power of two: the span the run ended recording
   * with, so most of the log is kept as it was recorded; see Recorder.finishedEvents).
   */
  nameSpan: number;
  /**
   * The value of each binding event, in log order: a number itself (`bindingNumber`), a preview
   * in `strings` (`bindingPreview`), 0 (`bindingUninitialized`).
   */
  values: C;
}

/**
 * Why a step happened: step `step[k]` has the caption `texts[text[k] % 2^20]` with
 * `#<floor(text[k] / 2^20) - 1>` in place of its `#\u0000` (when that is not -1); steps in
 * increasing order. Read them through `captionAt`.
 */
export interface CaptionColumns<C = Column> {
  step: C;
  text: C;
  texts: string[];
}

/** What a frame's scope chain holds at a step (see `scopesAt`). */
export interface ScopeView {
  kind: 'local' | 'block' | 'closure' | 'script';
  /** The function a local or closure scope belongs to, when it has a name. */
  name: string;
  bindings: BindingView[];
}

export interface BindingView {
  name: string;
  /** The value as Node's util.inspect prints it at depth 0 (objects as `[Object]`, `[Array]`…). */
  preview: string;
  /** false in the temporal dead zone (declared, not yet initialized). */
  initialized: boolean;
}

export interface Trace<C = Column> {
  version: typeof TRACE_VERSION;
  model: Model;
  source: string;
  /**
   * One number per step: `eventEnd * R + range`, R the number of ranges (`ranges.length / 2`). Step i highlights source range `range` (a row
   * of `ranges`: a program has few distinct ranges) and its snapshot has applied events
   * [0, eventEnd). A step whose eventEnd is larger than the previous one is an *event step*;
   * every step is a *fine step*. Read them through `stepRange`, `eventEndAt` and `isEventStep`
   * (trace/snapshot.ts).
   */
  steps: C;
  /** Distinct source ranges, flat: range r is [ranges[2r], ranges[2r + 1]). */
  ranges: C;
  /** Distinct texts: frame names, labels, origins, captions, value previews. */
  strings: string[];
  captions: CaptionColumns<C>;
  /** The event log, one number per event: kind + 32 * payload (trace/encoding.ts). */
  events: C;
  tables: ViewTables<C>;
  keyframes: Keyframe[];
  console: ConsoleLine[];
  /** Notices about the run that are true but surprising (e.g. nondeterminism in real Node). */
  notices: string[];
  outcome: Outcome;
}
