/**
 * Measures one recorded trace in a process of its own (run with --expose-gc): how many bytes a
 * fine step costs on the heap and as JSON, and, for long traces, how long `snapshotAt` takes to
 * rebuild a random step.
 */
import type { Column, PlainTrace, Trace } from '../../../interpreter/index';
import { collectGarbage, serveRequest } from '../../lib/child';
import { loadLoopscope, type Loopscope } from '../../lib/loopscope';
import { median, percentile } from '../../lib/stats';

export interface TraceRequest {
  name: string;
  source: string;
  loopscopeBundle: string;
  stepLimit: number;
  /** How many random steps to rebuild with snapshotAt (0: none). */
  snapshotSamples: number;
}

export interface SnapshotTiming {
  samples: number;
  /** Over the samples, each the best of three rebuilds of its step. */
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  /** The step whose rebuild folds the most events onto its keyframe, and its median time over 21 rebuilds. */
  worstStep: number;
  worstStepEvents: number;
  worstStepMs: number;
}

export interface TraceReply {
  steps: number;
  eventSteps: number;
  events: number;
  keyframes: number;
  keyframeInterval: number;
  consoleLines: number;
  outcome: string;
  /** Time to run and record the trace, CPU and wall-clock. */
  recordCpuMs: number;
  recordWallMs: number;
  heapBytes: number;
  /** Heap the finished trace retains, and its split: steps, events, keyframes, captions, console, other. */
  heapBytesByPart: Record<string, number>;
  /** UTF-8 bytes of the trace as JSON, in total and by part. */
  jsonBytes: number;
  jsonBytesByPart: Record<string, number>;
  snapshot: SnapshotTiming | null;
}

const utf8 = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');

/** JSON size of a list, stringified in slices: a long trace's JSON can exceed V8's longest string. */
function listBytes(list: ArrayLike<unknown>): number {
  let bytes = 2 + Math.max(0, list.length - 1); // brackets and commas
  for (let i = 0; i < list.length; i += 10_000) {
    const slice = Array.prototype.slice.call(list, i, i + 10_000) as unknown[];
    bytes += utf8(slice) - 2 - Math.max(0, slice.length - 1);
  }
  return bytes;
}

/** The view tables (counted with the events they serve), each list in slices. */
function tablesBytes(tables: PlainTrace['tables']): number {
  let bytes = 2;
  for (const [key, value] of Object.entries(tables))
    bytes += utf8(key) + 2 + (Array.isArray(value) ? listBytes(value as unknown[]) : utf8(value));
  return bytes;
}

/** JSON bytes of a trace whose columns are plain arrays (`plainTrace`). */
function jsonSize(trace: PlainTrace): { total: number; byPart: Record<string, number> } {
  const byPart: Record<string, number> = {
    steps: listBytes(trace.steps) + utf8(trace.ranges),
    events: listBytes(trace.events) + tablesBytes(trace.tables) + listBytes(trace.strings),
    keyframes: listBytes(trace.keyframes),
    captions: utf8(trace.captions),
    console: listBytes(trace.console),
  };
  const {
    steps: _s,
    ranges: _r,
    events: _e,
    tables: _t,
    strings: _x,
    keyframes: _k,
    captions: _c,
    console: _l,
    ...rest
  } = trace;
  byPart.other = utf8(rest);
  return { total: Object.values(byPart).reduce((a, b) => a + b, 0), byPart };
}

/** A small deterministic generator, so every run samples the same steps. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Wall time of one rebuild, best of three: preemption by other work rarely hits all three. */
function rebuildMs(ls: Loopscope, trace: Trace, step: number): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    ls.snapshotAt(trace, step);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function timeSnapshots(ls: Loopscope, trace: Trace, samples: number): SnapshotTiming {
  const steps = ls.stepCount(trace);
  const random = mulberry32(8);
  for (let i = 0; i < 200; i++) ls.snapshotAt(trace, Math.floor(random() * steps)); // warm-up
  const times: number[] = [];
  for (let i = 0; i < samples; i++) times.push(rebuildMs(ls, trace, Math.floor(random() * steps)));
  // The step that folds the most events: the last one before a keyframe with the busiest stretch.
  let worstStep = 0;
  let worstStepEvents = -1;
  const starts = trace.keyframes.map((k) => k.step);
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i];
    const to = Math.min((starts[i + 1] ?? steps) - 1, steps - 1);
    const folded = ls.eventEndAt(trace, to) - ls.eventEndAt(trace, from);
    if (folded > worstStepEvents) [worstStep, worstStepEvents] = [to, folded];
  }
  const worst: number[] = [];
  for (let i = 0; i < 21; i++) worst.push(rebuildMs(ls, trace, worstStep));
  return {
    samples,
    medianMs: median(times),
    p99Ms: percentile(times, 99),
    maxMs: Math.max(...times),
    worstStep,
    worstStepEvents,
    worstStepMs: median(worst),
  };
}

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Heap in use after a full (forced, mark-compact) GC: the trace holds no finalizers to wait for. */
const heapNow = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

/**
 * Bytes of the typed arrays in a part of the trace (the chunks of its number columns, at most two
 * levels down): their backing stores live outside the JS heap, and are freed at a time of V8's
 * choosing, so they are counted exactly rather than by heap deltas.
 */
function typedBytes(value: unknown, depth = 0): number {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 0;
  if (isColumn(value)) return value.chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  if (depth === 2) return 0;
  let bytes = 0;
  for (const field of Object.values(value)) bytes += typedBytes(field, depth + 1);
  return bytes;
}

const isColumn = (value: object): value is Column =>
  'chunks' in value && Array.isArray(value.chunks) && value.chunks.every(ArrayBuffer.isView);

/**
 * Heap retained by one trace, part by part: the parts are dropped one at a time, with a full GC
 * after each, and finally the trace itself (its header: source, outcome, notices). The
 * measurements are taken back to back once everything else is done, so nothing but the traces
 * change between them. Keyframes (index lists) go first; the view tables and texts are counted
 * with the events that name them. A short trace is held in several copies, and the figures
 * divided by their number: a heap varies by some 100 KB from one full GC to the next, which would
 * swamp a trace of a few thousand steps.
 */
function heapByPart(holder: { traces: Trace[] }): Record<string, number> {
  const byPart: Record<string, number> = {};
  const copies = holder.traces.length;
  let before = heapNow();
  const parts = holder.traces as unknown as Array<Record<string, unknown>>;
  const drop = (part: string, fields: string[]) => {
    let typed = 0;
    for (const trace of parts)
      for (const field of fields) {
        typed += typedBytes(trace[field]);
        trace[field] = null;
      }
    const after = heapNow();
    byPart[part] = (before - after + typed) / copies;
    before = after;
  };
  const partFields: Record<string, string[]> = {
    keyframes: ['keyframes'],
    events: ['events', 'tables', 'strings'],
    steps: ['steps', 'ranges'],
    captions: ['captions'],
    console: ['console'],
  };
  for (const [part, fields] of Object.entries(partFields)) drop(part, fields);
  drop(
    'other',
    Object.keys(parts[0]).filter((field) => parts[0][field] !== null),
  );
  holder.traces = [];
  return byPart;
}

/** Enough copies of a short trace for its heap figure to stand out of the GC's noise. */
const HEAP_STEPS = 500_000;

serveRequest<TraceRequest, TraceReply>(async (request) => {
  const ls = await loadLoopscope(request.loopscopeBundle);
  const options = { model: 'node' as const, stepLimit: request.stepLimit };
  // Warm-up (short): compiled code and lazily built tables stay out of the heap figure.
  ls.run(request.source, { ...options, stepLimit: Math.min(options.stepLimit, 50_000) });
  collectGarbage();
  const wallStart = performance.now();
  const cpuStart = cpuNow();
  const trace = ls.run(request.source, options);
  const recordCpuMs = cpuNow() - cpuStart;
  const recordWallMs = performance.now() - wallStart;

  const steps = ls.stepCount(trace);
  let eventSteps = 0;
  for (let i = 0; i < steps; i++) if (ls.isEventStep(trace, i)) eventSteps++;
  const json = jsonSize(ls.plainTrace(trace));
  const snapshot =
    request.snapshotSamples > 0 ? timeSnapshots(ls, trace, request.snapshotSamples) : null;
  const reply = {
    steps,
    eventSteps,
    events: trace.events.length,
    keyframes: trace.keyframes.length,
    keyframeInterval: trace.keyframes[1]?.step ?? steps,
    consoleLines: trace.console.length,
    outcome: trace.outcome.kind,
    recordCpuMs,
    recordWallMs,
    jsonBytes: json.total,
    jsonBytesByPart: json.byPart,
    snapshot,
  };
  // Last, as it takes the trace apart.
  const copies = Math.max(1, Math.floor(HEAP_STEPS / steps));
  const holder = { traces: [trace] };
  for (let i = 1; i < copies; i++) holder.traces.push(ls.run(request.source, options));
  const heapBytesByPart = heapByPart(holder);
  const heapBytes = Object.values(heapBytesByPart).reduce((sum, bytes) => sum + bytes, 0);
  return { ...reply, heapBytes, heapBytesByPart };
});
