/**
 * Issue 8, item 2: what a recorded trace costs — bytes per fine step on the heap and as JSON —
 * and how long `snapshotAt` takes to rebuild a random step of a 1,000,000-step trace.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { requestFromChild } from '../../lib/child';
import { bundleLoopscope, LOOPSCOPE_BUNDLE } from '../../lib/loopscope';
import { formatCount, formatMs } from '../../lib/stats';
import { PROGRAMS } from '../../programs/catalog';
import type { Row, Suite, SuiteResult, TargetCheck } from '../../suite';
import { BENCH_STEP_LIMIT } from '../interpreter/engines';
import type { TraceReply, TraceRequest } from './child';

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
const LONG_TRACE_STEPS = 1_000_000;
const SNAPSHOT_SAMPLES = 1000;
const BYTES_PER_STEP_TARGET = 64;
const SNAPSHOT_TARGET_MS = 2;

const LONG_PROGRAMS = [
  { name: 'mixed (1M steps)', file: 'mixed.js' },
  { name: 'deep stack (1M steps)', file: 'deep.js' },
  { name: 'long queue (1M steps)', file: 'queues.js' },
];

const readLong = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../programs/long/${file}`, import.meta.url)), 'utf8');

const perStep = (bytes: number, steps: number) => (steps > 0 ? bytes / steps : NaN);
const fmt1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');

export const traceSuite: Suite = {
  name: 'trace',
  title: 'Trace cost (bytes per fine step; snapshot rebuild time)',
  async run(options): Promise<SuiteResult> {
    await bundleLoopscope();
    const requests: TraceRequest[] = [
      ...PROGRAMS.filter(
        (p) => p.judged && (!options.programs || options.programs.includes(p.name)),
      ).map((p) => ({
        name: p.name,
        source: p.source,
        loopscopeBundle: LOOPSCOPE_BUNDLE,
        stepLimit: BENCH_STEP_LIMIT,
        snapshotSamples: 0,
      })),
      ...LONG_PROGRAMS.map((p) => ({
        name: p.name,
        source: readLong(p.file),
        loopscopeBundle: LOOPSCOPE_BUNDLE,
        stepLimit: LONG_TRACE_STEPS,
        snapshotSamples: SNAPSHOT_SAMPLES,
      })),
    ];
    const rows: Row[] = [];
    const notes: string[] = [];
    const replies: Array<{ name: string; reply: TraceReply }> = [];
    for (const request of requests) {
      options.log(`trace: ${request.name}`);
      const result = await requestFromChild<TraceReply>(CHILD, request, {
        nodeFlags: ['--expose-gc'],
        timeoutMs: 300_000,
      });
      if (!result.ok) {
        notes.push(`${request.name}: failed: ${result.error.split('\n')[0]}`);
        rows.push({ trace: request.name, error: result.error });
        continue;
      }
      const r = result.value;
      replies.push({ name: request.name, reply: r });
      const row: Row = {
        trace: request.name,
        fineSteps: r.steps,
        eventSteps: r.eventSteps,
        events: r.events,
        keyframes: r.keyframes,
        keyframeInterval: r.keyframeInterval,
        consoleLines: r.consoleLines,
        outcome: r.outcome,
        recordMs: options.clock === 'cpu' ? r.recordCpuMs : r.recordWallMs,
        recordCpuMs: r.recordCpuMs,
        recordWallMs: r.recordWallMs,
        heapBytes: r.heapBytes,
        jsonBytes: r.jsonBytes,
        heapBytesPerStep: perStep(r.heapBytes, r.steps),
        jsonBytesPerStep: perStep(r.jsonBytes, r.steps),
      };
      for (const [part, bytes] of Object.entries(r.heapBytesByPart))
        row[`heap_${part}_BytesPerStep`] = perStep(bytes, r.steps);
      for (const [part, bytes] of Object.entries(r.jsonBytesByPart))
        row[`json_${part}_BytesPerStep`] = perStep(bytes, r.steps);
      if (r.snapshot) {
        row.snapshotSamples = r.snapshot.samples;
        row.snapshotMedianMs = r.snapshot.medianMs;
        row.snapshotP99Ms = r.snapshot.p99Ms;
        row.snapshotMaxMs = r.snapshot.maxMs;
        row.snapshotWorstStep = r.snapshot.worstStep;
        row.snapshotWorstStepEvents = r.snapshot.worstStepEvents;
        row.snapshotWorstStepMs = r.snapshot.worstStepMs;
      }
      rows.push(row);
    }

    /** Bytes per step of each part: "steps · events · keyframes · rest". */
    const split = (byPart: Record<string, number>, steps: number) => {
      const rest = (byPart.captions ?? 0) + (byPart.console ?? 0) + (byPart.other ?? 0);
      // Heap parts are differences of two collected heaps: a tiny part can come out negative.
      return [byPart.steps ?? 0, byPart.events ?? 0, byPart.keyframes ?? 0, rest]
        .map((bytes) => fmt1(Math.max(0, perStep(bytes, steps))))
        .join(' · ');
    };
    const costCells = replies.map(({ name, reply: r }) => [
      name,
      formatCount(r.steps),
      formatCount(r.eventSteps),
      formatCount(r.events),
      formatCount(r.keyframes),
      formatMs(options.clock === 'cpu' ? r.recordCpuMs : r.recordWallMs),
      fmt1(perStep(r.heapBytes, r.steps)),
      split(r.heapBytesByPart, r.steps),
      fmt1(perStep(r.jsonBytes, r.steps)),
      split(r.jsonBytesByPart, r.steps),
    ]);
    const long = replies.filter(({ reply }) => reply.snapshot);
    const snapshotCells = long.map(({ name, reply: r }) => {
      const s = r.snapshot!;
      return [
        name,
        formatCount(r.steps),
        formatMs(s.medianMs),
        formatMs(s.p99Ms),
        formatMs(s.maxMs),
        `${formatMs(s.worstStepMs)} (${formatCount(s.worstStepEvents)} events)`,
      ];
    });

    const targets: TargetCheck[] = [];
    for (const [label, key] of [
      ['heap', 'heapBytes'],
      ['JSON', 'jsonBytes'],
    ] as const) {
      const per = replies.map(({ name, reply }) => ({
        name,
        bytes: perStep(reply[key], reply.steps),
      }));
      const misses = per.filter((p) => !(p.bytes <= BYTES_PER_STEP_TARGET));
      targets.push({
        target: `At most ${BYTES_PER_STEP_TARGET} bytes per fine step (${label})`,
        measured: per.length
          ? `met on ${per.length - misses.length} of ${per.length} traces` +
            (misses.length
              ? `; over: ${misses.map((m) => `${m.name} ${fmt1(m.bytes)}`).join(', ')}`
              : '')
          : 'not measured',
        met: per.length ? misses.length === 0 : null,
      });
    }
    const worst = long.map(({ name, reply }) => ({
      name,
      ms: Math.max(reply.snapshot!.p99Ms, reply.snapshot!.worstStepMs),
    }));
    targets.push({
      target: `Any step of a ${formatCount(LONG_TRACE_STEPS)}-step trace rebuilt in under ${SNAPSHOT_TARGET_MS} ms (p99 of ${SNAPSHOT_SAMPLES} random steps, and the step with the most events to fold)`,
      measured: worst.length
        ? worst.map((w) => `${w.name} ${formatMs(w.ms)} ms`).join(', ')
        : 'not measured',
      met: worst.length ? worst.every((w) => w.ms < SNAPSHOT_TARGET_MS) : null,
    });

    notes.push(
      'Heap: what the finished trace retains, in a child run with --expose-gc: process.memoryUsage().heapUsed after full GCs, measured as the keyframes, the events, the step columns, captions, console and finally the trace itself are dropped one after another (views shared by keyframes and events count with the events), plus the exact byteLength of the typed-array columns each part holds (their memory is outside the JS heap); a short trace is held in enough copies to make 500,000 steps, and divided by their number. Node 20 here has no pointer compression (8-byte slots); Chromium and Electron have it (4-byte slots), so the app’s heap per step is lower, by up to half. JSON: UTF-8 bytes of the trace serialized (in slices: a long trace can exceed V8’s longest string), split the same way.',
      `Long traces: programs that never end, stopped by a step limit of ${formatCount(LONG_TRACE_STEPS)} (bench/programs/long/). snapshotAt is timed (wall clock) on ${SNAPSHOT_SAMPLES} seeded-random steps after 200 warm-up calls, each step the best of 3 rebuilds so that preemption by other work on the machine is not counted; "worst step" is the last step before a keyframe in the stretch with the most events, median of 21 such timings. "record ms": ${options.clock === 'cpu' ? 'CPU' : 'wall-clock'} time to run the program and record the trace.`,
    );

    return {
      rows,
      tables: [
        {
          title: 'Bytes per fine step',
          table: {
            headings: [
              'trace',
              'fine steps',
              'event steps',
              'events',
              'keyframes',
              'record ms',
              'heap B/step',
              'heap: steps · events · keyframes · rest',
              'JSON B/step',
              'JSON: steps · events · keyframes · rest',
            ],
            cells: costCells,
          },
        },
        {
          title: `snapshotAt on ${formatCount(LONG_TRACE_STEPS)}-step traces (ms)`,
          table: {
            headings: ['trace', 'fine steps', 'median', 'p99', 'max', 'worst step'],
            cells: snapshotCells,
          },
        },
      ],
      targets,
      notes,
    };
  },
};
