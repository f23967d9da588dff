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
  /** A binding write whose value is a number, kept as it is in `writes`. */
  bindingNumber: 14,
  /** A binding write whose value is previewed as text: `writes` holds a `strings` index. */
  bindingPreview: 15,
  /** A binding declared in the temporal dead zone. */
  bindingUninitialized: 16,
} as const;

const KIND_SPAN = 32;

export const encodeEvent = (kind: number, payload: number): number => kind + KIND_SPAN * payload;
export const eventKindOf = (word: number): number => word % KIND_SPAN;
export const eventPayloadOf = (word: number): number => (word - (word % KIND_SPAN)) / KIND_SPAN;

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
export const SUSPENDED_KINDS = ['async-function', 'async-generator'] as const;
export const SUSPEND_REASONS = ['await', 'yield'] as const;

export const FRAME_COLUMNS = 2;
export const FRAME_SHAPE_COLUMNS = 3;
export const JOB_COLUMNS = 3;
export const TASK_COLUMNS = 2;
export const PROMISE_COLUMNS = 2;
export const PROMISE_SHAPE_COLUMNS = 4;
export const SUSPENDED_COLUMNS = 4;
export const SCOPE_COLUMNS = 3;
export const BINDING_COLUMNS = 2;
export const WRITE_COLUMNS = 2;

/**
 * A growable column of numbers in fixed-size typed chunks: no 8-byte boxed slots, no growth
 * slack copied on every doubling; `toArray` makes the trace's plain (JSON) array at the end.
 */
export class NumberColumn {
  private static readonly CHUNK = 1 << 16;
  private readonly chunks: Float64Array[] = [];
  private current = new Float64Array(0);
  private used = NumberColumn.CHUNK;
  length = 0;

  push(value: number): void {
    if (this.used === NumberColumn.CHUNK) {
      this.current = new Float64Array(NumberColumn.CHUNK);
      this.chunks.push(this.current);
      this.used = 0;
    }
    this.current[this.used++] = value;
    this.length++;
  }

  get(i: number): number {
    return this.chunks[Math.floor(i / NumberColumn.CHUNK)][i % NumberColumn.CHUNK];
  }

  set(i: number, value: number): void {
    this.chunks[Math.floor(i / NumberColumn.CHUNK)][i % NumberColumn.CHUNK] = value;
  }

  get last(): number {
    return this.get(this.length - 1);
  }

  toArray(): number[] {
    const out = new Array<number>(this.length);
    for (let i = 0; i < this.length; i++)
      out[i] = this.chunks[Math.floor(i / NumberColumn.CHUNK)][i % NumberColumn.CHUNK];
    return out;
  }
}

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
