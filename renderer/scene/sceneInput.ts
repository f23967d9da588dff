/**
 * What the stage shows at one step, resolved from the trace into display terms (keys, labels,
 * source locations, countdowns). `layoutScene` turns this into positioned nodes; keeping the two
 * apart lets the layout be tested with hand-made inputs.
 */
import {
  captionAt as traceCaptionAt,
  scopesAt,
  snapshotAt,
  stepCount,
  stepRange,
} from '../../interpreter/trace/snapshot';
import type {
  ConsoleLevel,
  FrameView,
  HostWorkView,
  JobKind,
  LoopPhase,
  Model,
  PromiseState,
  SuspendedView,
  TaskSource,
  Trace,
} from '../../interpreter/trace/types';
import {
  consoleKey,
  frameKey,
  hostKey,
  jobKey,
  lineColumnOf,
  promiseKey,
  suspendedKey,
  taskKey,
  type TraceIndex,
} from './traceIndex';

export interface StageFrame {
  key: string;
  name: string;
  /** Where it was called from, in words: `line 15`, `timer task`, `microtask`. */
  site: string;
  kind: FrameView['kind'];
  origin?: string;
  /** Whether the frame has scopes to show (an interpreted function or the script). */
  expandable?: boolean;
  /** Present when the frame is expanded: its scopes, innermost first. */
  scopes?: StageScope[];
}

/** One scope of an expanded frame: `Local`, `Closure (counter)`, `Script`… and its bindings. */
export interface StageScope {
  title: string;
  bindings: Array<{ name: string; preview: string }>;
}

const SCOPE_TITLES = { local: 'Local', block: 'Block', closure: 'Closure', script: 'Script' };

/** An async function or generator that has left the stack at an await or a yield, still alive. */
export interface StageSuspended {
  key: string;
  name: string;
  kind: SuspendedView['kind'];
  reason: SuspendedView['reason'];
  /** Where it stopped, in words: `line 9`. */
  site: string;
  /** The promise whose settlement resumes it (an await); null at a yield. */
  waitingOn: number | null;
  /** The frame it left the stack from. */
  origin?: string;
}

export interface StageJob {
  key: string;
  kind: JobKind;
  label: string;
  origin?: string;
}

export interface StageTask {
  key: string;
  source: TaskSource;
  label: string;
  origin?: string;
}

export interface StageHostWork {
  key: string;
  kind: HostWorkView['kind'];
  label: string;
  delay: number;
  /** Virtual ms until it becomes a task; null when not time-driven. */
  remaining: number | null;
}

export interface StagePromise {
  key: string;
  id: number;
  state: PromiseState;
  value: string | null;
  reactions: number;
  origin: string;
}

export interface StageConsoleLine {
  key: string;
  index: number;
  level: ConsoleLevel;
  text: string;
  step: number;
  /** Printed by this very step. */
  current: boolean;
  origin?: string;
}

export interface StagePicked {
  key: string;
  label: string;
  job?: JobKind;
  task?: TaskSource;
}

export interface SceneInput {
  model: Model;
  phase: LoopPhase;
  /** Virtual clock, ms. */
  time: number;
  /** Bottom (oldest) frame first. */
  stack: StageFrame[];
  /** Suspended async functions and generators, in the order they first suspended. */
  suspended: StageSuspended[];
  microtasks: StageJob[];
  tasks: StageTask[];
  hostWork: StageHostWork[];
  promises: StagePromise[];
  /** The last console lines printed so far (at most CONSOLE_TAIL), oldest first. */
  console: StageConsoleLine[];
  /** How many lines have been printed so far in all. */
  consoleCount: number;
  picked: StagePicked | null;
  caption: string;
}

/** No stage shows more console lines than this; older ones are counted, not drawn. */
export const CONSOLE_TAIL = 80;

export function emptySceneInput(model: Model = 'browser'): SceneInput {
  return {
    model,
    phase: 'script',
    time: 0,
    stack: [],
    suspended: [],
    microtasks: [],
    tasks: [],
    hostWork: [],
    promises: [],
    console: [],
    consoleCount: 0,
    picked: null,
    caption: 'Press Run to start the program.',
  };
}

/**
 * The stage's input at `step`. Frames whose keys are in `expanded` carry their scopes (local
 * variables and closure values), read from the trace only for them.
 */
export function sceneInputAt(
  trace: Trace,
  index: TraceIndex,
  step: number,
  expanded: ReadonlySet<string> = NO_FRAMES,
): SceneInput {
  const last = index.stepCount - 1;
  const at = Math.max(0, Math.min(step, last));
  const snapshot = snapshotAt(trace, at);
  const where = (offset: number) => `line ${lineColumnOf(index.lineStarts, offset).line}`;

  const stack: StageFrame[] = snapshot.stack.map((f) => {
    const key = frameKey(f.id);
    const frame: StageFrame = {
      key,
      name: f.name,
      site: frameSite(f, where),
      kind: f.kind,
      origin: index.frameOrigin.get(f.id),
      // Every frame on the interpreted stack is the script or an interpreted function with its
      // scope, a callback a built-in called included.
      expandable: true,
    };
    if (expanded.has(key)) frame.scopes = stageScopes(trace, at, f.id);
    return frame;
  });
  const top = stack[stack.length - 1]?.key;

  const consoleFrom = Math.max(0, snapshot.consoleLength - CONSOLE_TAIL);
  const console: StageConsoleLine[] = [];
  for (let i = consoleFrom; i < snapshot.consoleLength; i++) {
    const line = trace.console[i];
    const current = line.step === at;
    console.push({
      key: consoleKey(i),
      index: i,
      level: line.level,
      text: line.text,
      step: line.step,
      current,
      origin: current ? top : undefined,
    });
  }

  const held = index.picked.get(at);
  const picked: StagePicked | null = held
    ? { key: held.key, label: held.label, job: held.job?.kind, task: held.task?.source }
    : null;

  return {
    model: trace.model,
    phase: snapshot.phase,
    time: snapshot.time,
    stack,
    suspended: (snapshot.suspended ?? []).map((v) => ({
      key: suspendedKey(v.id),
      name: v.name,
      kind: v.kind,
      reason: v.reason,
      site: where(v.at[0]),
      waitingOn: v.waitingOn,
      origin: index.suspendOrigin.get(v),
    })),
    microtasks: snapshot.microtasks.map((j) => ({
      key: jobKey(j.id),
      kind: j.kind,
      label: j.label,
      origin: j.promiseId === null ? undefined : promiseKey(j.promiseId),
    })),
    tasks: snapshot.tasks.map((t) => ({
      key: taskKey(t.id),
      source: t.source,
      label: t.label,
      origin: index.taskOrigin.get(t.id),
    })),
    hostWork: snapshot.hostWork.map((w) => ({
      key: hostKey(w.id),
      kind: w.kind,
      label: w.label,
      delay: w.delay,
      remaining: w.dueAt === null ? null : Math.max(0, w.dueAt - snapshot.time),
    })),
    promises: snapshot.promises.map((p) => ({
      key: promiseKey(p.id),
      id: p.id,
      state: p.state,
      value: p.value,
      reactions: p.reactions,
      origin: p.origin,
    })),
    console,
    consoleCount: snapshot.consoleLength,
    picked,
    caption: captionAt(trace, at, snapshot.phase),
  };
}

function frameSite(f: FrameView, where: (offset: number) => string): string {
  switch (f.kind) {
    case 'script':
      return 'main script';
    case 'task':
      return 'run by a task';
    case 'microtask':
      return 'run by a microtask';
    default:
      return f.callSite ? `called at ${where(f.callSite[0])}` : 'called by a builtin';
  }
}

/** Why this step happened: the interpreter's caption, or what the highlighted code is. */
export function captionAt(trace: Trace, step: number, phase: LoopPhase): string {
  const caption = traceCaptionAt(trace, step);
  if (caption) return caption;
  const last = stepCount(trace) - 1;
  if (step === last && phase === 'done')
    return 'the program is done: the call stack and every queue are empty';
  if (step < 0 || step > last) return '';
  const [start, end] = stepRange(trace, step);
  if (end <= start) return '';
  const code = trace.source.slice(start, end).split('\n')[0].trim();
  const snippet = code.length > 56 ? `${code.slice(0, 55)}…` : code;
  return `runs ${snippet}`;
}

const NO_FRAMES: ReadonlySet<string> = new Set();

function stageScopes(trace: Trace, step: number, frameId: number): StageScope[] {
  return scopesAt(trace, step, frameId).map((scope) => ({
    title:
      scope.kind === 'closure' && scope.name
        ? `Closure (${scope.name})`
        : // A CommonJS module's top level is the module function's scope, not a script's.
          scope.kind === 'script' && trace.model === 'node'
          ? 'Module'
          : SCOPE_TITLES[scope.kind],
    bindings: scope.bindings.map((b) => ({ name: b.name, preview: b.preview })),
  }));
}
