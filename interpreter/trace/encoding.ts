/**
 * How the trace encodes its event log and views in numbers (issue 8: at most 64 bytes a fine
 * step). One event is one number, `kind + 32 * payload`; the payload is an id or a row of one of
 * the view tables (types.ts `ViewTables`). Names are index lists here so that a trace never spells
 * the same text twice.
 */
import type { FrameView, JobKind, LoopPhase, PromiseState, ScopeView, TaskSource } from './types';

export const EventKind = {
  framePush: 0,
  framePop: 1,
  jobEnqueue: 2,
  jobDequeue: 3,
  taskEnqueue: 4,
  taskDequeue: 5,
  hostAdd: 6,
  hostRemove: 7,
  promise: 8,
  console: 9,
  phase: 10,
  time: 11,
  suspend: 12,
  resume: 13,
  /** A binding write whose value is a number, kept as it is in `values`. */
  bindingNumber: 14,
  /** A binding write whose value is previewed as text: `values` holds a `strings` index. */
  bindingPreview: 15,
  /** A binding declared in the temporal dead zone. */
  bindingUninitialized: 16,
} as const;

/** The kind's bits: an event word below 2^32 (a 4-byte column's) splits with `&` and `>>>`. */
export const KIND_BITS = 5;
const KIND_SPAN = 2 ** KIND_BITS;

export const encodeEvent = (kind: number, payload: number): number => kind + KIND_SPAN * payload;
// KIND_SPAN is a power of two, so dividing by it is exact: no `%`, which V8 does with a call to
// fmod for numbers past 2^31 (this runs for every event recorded and every event folded).
export const eventPayloadOf = (word: number): number => Math.floor(word / KIND_SPAN);
export const eventKindOf = (word: number): number => word - eventPayloadOf(word) * KIND_SPAN;

export const FRAME_KINDS: readonly FrameView['kind'][] = [
  'script',
  'call',
  'task',
  'microtask',
  'builtin-callback',
];
export const JOB_KINDS: readonly JobKind[] = [
  'promise-reaction',
  'await-continuation',
  'resolve-thenable',
  'queueMicrotask',
  'nextTick',
];
export const TASK_SOURCES: readonly TaskSource[] = [
  'timer',
  'messaging',
  'networking',
  'user-interaction',
  'immediate',
  'close',
  'io',
  'dom-manipulation',
];
export const PROMISE_STATES: readonly PromiseState[] = ['pending', 'fulfilled', 'rejected'];
export const PHASES: readonly LoopPhase[] = [
  'script',
  'microtasks',
  'task',
  'render',
  'timers',
  'pending',
  'poll',
  'check',
  'close',
  'idle',
  'done',
];
/** What a scope row is; `local` is decided per frame when its chain is read. */
export const SCOPE_KINDS: readonly ScopeView['kind'][] = ['script', 'closure', 'block'];
export const SUSPENDED_KINDS = ['async-function', 'async-generator', 'generator'] as const;
export const SUSPEND_REASONS = ['await', 'yield'] as const;
/**
 * A suspension's kind and reason are one number, kind * 2 + reason, below this span: the recorder
 * finds a shape by range row * span + that number, so the span must cover every pair.
 */
export const SUSPEND_HOW_SPAN = SUSPENDED_KINDS.length * SUSPEND_REASONS.length;

/**
 * A step is one number: eventEnd * span + its range row. A finished trace's span is the number of
 * distinct ranges, so that its numbers (and JSON) stay short. While recording, a step is
 * eventCount * 2^21 + its range row, eventCount the number of events the step itself added: a
 * small number, so that most recorded steps fit in 4 bytes (see column.ts `NumberColumn`).
 */
export const RECORDING_RANGE_BITS = 21;
export const RECORDING_RANGE_SPAN = 2 ** RECORDING_RANGE_BITS;
export const encodeRecordedStep = (eventCount: number, rangeRow: number): number =>
  encodeStep(eventCount, rangeRow, RECORDING_RANGE_SPAN);
/** A recorded step's own event count (the span a power of two: exact division, no fmod). */
export const recordedEventCountOf = (word: number): number =>
  Math.floor(word / RECORDING_RANGE_SPAN);
export const encodeStep = (eventEnd: number, rangeRow: number, span: number): number => {
  if (rangeRow >= span) throw new Error('internal: too many distinct source ranges');
  return eventEnd * span + rangeRow;
};
export const stepEventEndOf = (word: number, span: number): number => (word - (word % span)) / span;
export const stepRangeOf = (word: number, span: number): number => word % span;

/** A frame is one number: (its scope row + 1) * 2^20 + its shape row. */
const SHAPE_SPAN = 2 ** 20;
export const encodeFrame = (shape: number, scopePlusOne: number): number => {
  if (shape >= SHAPE_SPAN) throw new Error('internal: too many distinct frames');
  return scopePlusOne * SHAPE_SPAN + shape;
};
export const frameShapeOf = (word: number): number => word % SHAPE_SPAN;
export const frameScopeOf = (word: number): number => (word - (word % SHAPE_SPAN)) / SHAPE_SPAN;

/** A scope is one number: (its parent row + 1) * 2^21 + its name (in `names`) * 4 + its kind. */
const SCOPE_INFO_SPAN = 2 ** 21;
export const encodeScope = (parentPlusOne: number, name: number, kind: number): number => {
  if (name * 4 + kind >= SCOPE_INFO_SPAN) throw new Error('internal: too many scope names');
  return parentPlusOne * SCOPE_INFO_SPAN + name * 4 + kind;
};
export const scopeParentOf = (word: number): number =>
  (word - (word % SCOPE_INFO_SPAN)) / SCOPE_INFO_SPAN;
export const scopeNameOf = (word: number): number => ((word % SCOPE_INFO_SPAN) - (word % 4)) / 4;
export const scopeKindOf = (word: number): number => word % 4;

/**
 * Captions name ids ("promise #3"), which would make almost every caption a text of its own: the
 * first `#<id>` of a caption is kept apart, so that the text is shared.
 */
export const CAPTION_ID = '#\u0000';
export function splitCaption(caption: string): { template: string; id: number } {
  // What /#(\d+)/ finds (the first `#` followed by digits), by hand: this runs at every captioned
  // step, and the regular expression was a visible share of promise-heavy traces.
  for (let hash = caption.indexOf('#'); hash >= 0; hash = caption.indexOf('#', hash + 1)) {
    let end = hash + 1;
    while (end < caption.length && isDigit(caption.charCodeAt(end))) end++;
    if (end === hash + 1) continue;
    return {
      template: caption.slice(0, hash) + CAPTION_ID + caption.slice(end),
      id: Number(caption.slice(hash + 1, end)),
    };
  }
  return { template: caption, id: -1 };
}
const isDigit = (code: number): boolean => code >= 48 && code <= 57; // '0'..'9'

/**
 * A caption made many times with only an id changing, `${before}#${id}${after}` (an await's,
 * a job's): its template is made once and the id recorded apart, with no caption text to build
 * and split per step. `template` is null when `before` names an id of its own, since the first
 * id in a caption is the one kept apart (see Recorder.stepWithId).
 */
export class IdCaption {
  readonly template: string | null;

  constructor(
    readonly before: string,
    readonly after: string,
  ) {
    this.template = splitCaption(before).id >= 0 ? null : before + CAPTION_ID + after;
  }
}
export const joinCaption = (template: string, id: number): string =>
  id < 0 ? template : template.replace(CAPTION_ID, `#${id}`);

export const FRAME_SHAPE_COLUMNS = 3;
export const JOB_COLUMNS = 2;
export const TASK_COLUMNS = 2;
export const PROMISE_COLUMNS = 2;
export const PROMISE_SHAPE_COLUMNS = 3;
/** A promise's second column: (its value in `strings` + 1, 0: none) * 2^20 + its shape row. */
export const PROMISE_SHAPE_SPAN = 2 ** 20;
export const SUSPENDED_COLUMNS = 2;
export const SUSPENDED_SHAPE_COLUMNS = 3;

/**
 * A binding event's payload names the binding itself: scope row * span + name (an index into
 * `tables.names`), so no table of bindings is needed. The span is a power of two that grows as
 * bindings of new names are recorded (Recorder.bindingNameSpans says from which event on each
 * span holds; a finished trace's, `tables.nameSpan`, is the last): a span of all the names a
 * program might have would take binding events past 4 bytes from the 128th scope on.
 */
// A recording span is a power of two: exact division, no fmod.
export const recordedBindingScopeOf = (payload: number, span: number): number =>
  Math.floor(payload / span);
export const recordedBindingNameOf = (payload: number, span: number): number =>
  payload - recordedBindingScopeOf(payload, span) * span;
export const encodeBinding = (scopeRow: number, name: number, span: number): number => {
  if (name >= span) throw new Error('internal: too many distinct binding names');
  return scopeRow * span + name;
};
export const bindingScopeOf = (payload: number, span: number): number =>
  (payload - (payload % span)) / span;
export const bindingNameOf = (payload: number, span: number): number => payload % span;

/** A job's second column: (promise id + 1, 0: none) * 2^23 + label * 8 + kind. */
const JOB_INFO_SPAN = 2 ** 23;
export const encodeJobInfo = (promisePlusOne: number, label: number, kind: number): number => {
  if (label * 8 + kind >= JOB_INFO_SPAN) throw new Error('internal: too many job labels');
  return promisePlusOne * JOB_INFO_SPAN + label * 8 + kind;
};
export const jobPromiseOf = (info: number): number =>
  (info - (info % JOB_INFO_SPAN)) / JOB_INFO_SPAN;
export const jobLabelOf = (info: number): number => ((info % JOB_INFO_SPAN) - (info % 8)) / 8;
export const jobKindOf = (info: number): number => info % 8;

/** A promise's second column: (its value in `strings` + 1, 0: none) * 2^20 + its shape row. */
export const encodePromiseInfo = (valuePlusOne: number, shape: number): number => {
  if (shape >= PROMISE_SHAPE_SPAN) throw new Error('internal: too many promise shapes');
  return valuePlusOne * PROMISE_SHAPE_SPAN + shape;
};

/** A suspension's second column: (waiting-on promise id + 1, 0: none) * 2^20 + shape row. */
export const SUSPENDED_SHAPE_SPAN = 2 ** 20;
export const encodeSuspendedInfo = (waitingOnPlusOne: number, shape: number): number => {
  if (shape >= SUSPENDED_SHAPE_SPAN) throw new Error('internal: too many suspensions');
  return waitingOnPlusOne * SUSPENDED_SHAPE_SPAN + shape;
};

/** A caption's text column: (its id + 1, 0: none) * 2^20 + its template (in `captions.texts`). */
export const CAPTION_TEXT_SPAN = 2 ** 20;
export const encodeCaptionText = (idPlusOne: number, text: number): number => {
  if (text >= CAPTION_TEXT_SPAN) throw new Error('internal: too many caption texts');
  return idPlusOne * CAPTION_TEXT_SPAN + text;
};

export const isBindingEvent = (kind: number): boolean =>
  kind === EventKind.bindingNumber ||
  kind === EventKind.bindingPreview ||
  kind === EventKind.bindingUninitialized;

/** Texts (or any keys) numbered in order of first use. */
export class Interner {
  private readonly index = new Map<string, number>();
  readonly list: string[] = [];

  of(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}

/**
 * Packed numbers pass 2^31 early in most runs (a frame once its scope row passes 2048, a job once
 * its promise id passes 255, a promise's value once the strings do), and past 2^31 V8
 * no longer keeps a number as a small integer. Optimized code that has only seen small integers
 * checks for overflow and is thrown away at the first large one: the encoder and every function
 * it was inlined into (pushFrame, recordBinding, fulfillPromise...) were compiled again in every
 * run. Calling each encoder with large numbers when this module loads shows V8 that they make
 * them, so they are compiled for such numbers the first time (V8 keeps what a function has seen
 * only from its 8th call or so: hence the loop).
 */
for (let i = 0; i < 16; i++) {
  const large = 2 ** 31 + i;
  encodeEvent(EventKind.bindingNumber, large);
  encodeBinding(large, 0, 1);
  encodeFrame(0, large);
  encodeScope(large, 0, 0);
  encodeJobInfo(large, 0, 0);
  encodePromiseInfo(large, 0);
  encodeSuspendedInfo(large, 0);
  encodeCaptionText(large, 0);
  // And the decoders that finishing a trace runs over every event; isBindingEvent with a kind that
  // is not a binding's, which reads all three kinds (a run whose first events are all bindings
  // had the finishing loop compiled without the third, and thrown away at the first other event).
  eventKindOf(large * 32);
  recordedBindingNameOf(large * 32, 8);
  isBindingEvent(EventKind.framePush);
}
