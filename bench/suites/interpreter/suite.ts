/**
 * Issue 8, item 1: interpreter throughput. The same programs on native V8, Loopscope (recording
 * its full trace), sval and JS-Interpreter; milliseconds, ratios, and whether every engine
 * printed the same checksum.
 */
import { fileURLToPath } from 'node:url';
import { DEFAULT_STEP_LIMIT } from '../../../interpreter/index';
import { requestFromChild } from '../../lib/child';
import { bundleLoopscope, LOOPSCOPE_BUNDLE } from '../../lib/loopscope';
import { formatCount, formatMs, formatRatio, geometricMean, median } from '../../lib/stats';
import { PROGRAMS, type BenchProgram } from '../../programs/catalog';
import type { BenchOptions, Row, Suite, SuiteResult, TargetCheck } from '../../suite';
import type { ThroughputReply, ThroughputRequest } from './child';
import { BENCH_STEP_LIMIT, ENGINES, type EngineName, svalSharedBuiltins } from './engines';

/** Wall time one measurement may take: slow engines get fewer timed runs (never under 3). */
const BUDGET_MS = 6_000;

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

/** A measurement of one program on one engine. */
type Measurement =
  | {
      kind: 'measured';
      /** The median on the clock the table uses (options.clock). */
      ms: number;
      cpuTimes: number[];
      wallTimes: number[];
      /** The first run of each process (see ThroughputReply.firstCpuMs) and their median. */
      firstCpuTimes: number[];
      firstWallTimes: number[];
      firstMs: number;
      output: string;
      steps?: number;
      eventSteps?: number;
    }
  | { kind: 'skipped'; reason: string }
  | { kind: 'failed'; error: string };

type ProgramResult = { program: BenchProgram; by: Record<EngineName, Measurement> };

/** Which figure of a measurement: the median of the runs after the warm-up, or of the first runs. */
type Figure = 'ms' | 'firstMs';

const msOf = (m: Measurement, figure: Figure = 'ms'): number | null =>
  m.kind === 'measured' ? m[figure] : null;

/**
 * What each of a measurement's `options.rounds` processes does: its share of `options.runs` timed
 * runs, and its share of the wall time a measurement may take.
 */
function perProcess(options: BenchOptions): { runs: number; budgetMs: number } {
  return {
    runs: Math.ceil(options.runs / options.rounds),
    budgetMs: BUDGET_MS / options.rounds,
  };
}

/** One process's measurement of `program` on `engine`: a warm-up, then its timed runs. */
async function measure(
  program: BenchProgram,
  engine: EngineName,
  options: BenchOptions,
): Promise<Measurement> {
  if (engine === 'jsinterpreter' && 'unsupported' in program.es5)
    return { kind: 'skipped', reason: program.es5.unsupported };
  const request: ThroughputRequest = {
    engine,
    source:
      engine === 'jsinterpreter' && 'source' in program.es5 ? program.es5.source : program.source,
    loopscopeBundle: LOOPSCOPE_BUNDLE,
    ...perProcess(options),
    warmup: options.warmup,
  };
  const reply = await requestFromChild<ThroughputReply>(CHILD, request, {
    nodeFlags: ['--expose-gc'],
    timeoutMs: 300_000,
  });
  if (!reply.ok) return { kind: 'failed', error: reply.error.split('\n')[0] };
  const { cpuTimes, wallTimes, firstCpuMs, firstWallMs, output, steps, eventSteps } = reply.value;
  return medians(options.clock, {
    cpuTimes,
    wallTimes,
    firstCpuTimes: [firstCpuMs],
    firstWallTimes: [firstWallMs],
    output,
    steps,
    eventSteps,
  });
}

type Times = Omit<Extract<Measurement, { kind: 'measured' }>, 'kind' | 'ms' | 'firstMs'>;

/** A measurement from its runs' times: the medians on the clock the table uses. */
function medians(clock: BenchOptions['clock'], times: Times): Measurement {
  const cpu = clock === 'cpu';
  return {
    kind: 'measured',
    ...times,
    ms: median(cpu ? times.cpuTimes : times.wallTimes),
    firstMs: median(cpu ? times.firstCpuTimes : times.firstWallTimes),
  };
}

/**
 * `program` on every engine, in `options.rounds` processes each, the engines taking turns (A B C
 * D, A B C D, …): on a machine whose speed drifts over minutes (a shared VM's does), a slow spell
 * then slows every engine a little rather than whichever one was being measured. `options.runs`
 * timed runs in all, spread over the processes.
 */
async function measureProgram(
  program: BenchProgram,
  options: BenchOptions,
): Promise<Record<EngineName, Measurement>> {
  const parts = new Map<EngineName, Measurement[]>(ENGINES.map(({ name }) => [name, []]));
  for (let round = 1; round <= options.rounds; round++)
    for (const { name, label } of ENGINES) {
      options.log(`interpreter: ${program.name} on ${label} (${round} of ${options.rounds})`);
      parts.get(name)!.push(await measure(program, name, options));
    }
  const by = {} as Record<EngineName, Measurement>;
  for (const { name } of ENGINES) by[name] = combine(parts.get(name)!, options.clock);
  return by;
}

/** One engine's measurements from several processes as one: all their timed runs, one median. */
function combine(parts: Measurement[], clock: BenchOptions['clock']): Measurement {
  const unmeasured = parts.find((m) => m.kind !== 'measured');
  if (unmeasured) return unmeasured;
  const measured = parts as Array<Extract<Measurement, { kind: 'measured' }>>;
  const first = measured[0];
  const other = measured.find((m) => m.output !== first.output);
  if (other)
    return {
      kind: 'failed',
      error: `the output changed between processes: ${first.output} then ${other.output}`,
    };
  return medians(clock, {
    ...first,
    cpuTimes: measured.flatMap((m) => m.cpuTimes),
    wallTimes: measured.flatMap((m) => m.wallTimes),
    firstCpuTimes: measured.flatMap((m) => m.firstCpuTimes),
    firstWallTimes: measured.flatMap((m) => m.firstWallTimes),
  });
}

/** Whether `engine` printed what native V8 printed; null when there is nothing to compare. */
function agrees(result: ProgramResult, engine: EngineName): boolean | null {
  const native = result.by.native;
  const m = result.by[engine];
  if (native.kind !== 'measured' || m.kind !== 'measured') return null;
  return m.output === native.output;
}

function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}

function timeCell(result: ProgramResult, engine: EngineName, figure: Figure = 'ms'): string {
  const m = result.by[engine];
  if (m.kind === 'skipped') return 'n/a';
  if (m.kind === 'failed') return 'error';
  return formatMs(m[figure]) + (agrees(result, engine) === false ? ' ≠' : '');
}

/** Ratio a÷b for the table; only from runs whose answers agree with native V8. */
function agreedRatio(
  result: ProgramResult,
  a: EngineName,
  b: EngineName,
  figure: Figure = 'ms',
): number | null {
  if (agrees(result, a) === false || agrees(result, b) === false) return null;
  return ratio(msOf(result.by[a], figure), msOf(result.by[b], figure));
}

function toRow(result: ProgramResult): Row {
  const row: Row = {
    program: result.program.name,
    title: result.program.title,
    judged: result.program.judged,
  };
  const ls = result.by.loopscope;
  row.fineSteps = ls.kind === 'measured' ? (ls.steps ?? null) : null;
  row.eventSteps = ls.kind === 'measured' ? (ls.eventSteps ?? null) : null;
  for (const { name } of ENGINES) {
    const m = result.by[name];
    const rounded = (times: number[]) => times.map((t) => Math.round(t * 1000) / 1000);
    row[`${name}Ms`] = msOf(m);
    row[`${name}CpuMs`] = m.kind === 'measured' ? median(m.cpuTimes) : null;
    row[`${name}WallMs`] = m.kind === 'measured' ? median(m.wallTimes) : null;
    row[`${name}CpuTimes`] = m.kind === 'measured' ? rounded(m.cpuTimes) : null;
    row[`${name}WallTimes`] = m.kind === 'measured' ? rounded(m.wallTimes) : null;
    row[`${name}FirstMs`] = msOf(m, 'firstMs');
    row[`${name}FirstCpuTimes`] = m.kind === 'measured' ? rounded(m.firstCpuTimes) : null;
    row[`${name}FirstWallTimes`] = m.kind === 'measured' ? rounded(m.firstWallTimes) : null;
    row[`${name}Output`] = m.kind === 'measured' ? m.output : null;
    row[`${name}Agrees`] = agrees(result, name);
    row[`${name}Note`] = m.kind === 'skipped' ? m.reason : m.kind === 'failed' ? m.error : null;
  }
  row.loopscopeOverNative = agreedRatio(result, 'loopscope', 'native');
  row.svalOverNative = agreedRatio(result, 'sval', 'native');
  row.jsinterpreterOverNative = agreedRatio(result, 'jsinterpreter', 'native');
  row.loopscopeOverSval = agreedRatio(result, 'loopscope', 'sval');
  row.jsinterpreterOverLoopscope = agreedRatio(result, 'jsinterpreter', 'loopscope');
  row.loopscopeOverSvalFirstRun = agreedRatio(result, 'loopscope', 'sval', 'firstMs');
  row.jsinterpreterOverLoopscopeFirstRun = agreedRatio(
    result,
    'jsinterpreter',
    'loopscope',
    'firstMs',
  );
  return row;
}

function agreementCell(result: ProgramResult): string {
  const differs = ENGINES.filter(({ name }) => agrees(result, name) === false).map(
    ({ label }) => label,
  );
  const failed = ENGINES.filter(({ name }) => result.by[name].kind === 'failed').map(
    ({ label }) => label,
  );
  const parts = [...differs.map((e) => `${e} differs`), ...failed.map((e) => `${e} failed`)];
  return parts.length ? parts.join(', ') : 'all agree';
}

const RATIOS: Array<{ heading: string; key: string }> = [
  { heading: 'LS÷native', key: 'loopscopeOverNative' },
  { heading: 'sval÷native', key: 'svalOverNative' },
  { heading: 'JSI÷native', key: 'jsinterpreterOverNative' },
  { heading: 'LS÷sval', key: 'loopscopeOverSval' },
  { heading: 'JSI÷LS', key: 'jsinterpreterOverLoopscope' },
];

/** The first-run table: the interpreters the app could be compared with, and their ratios. */
const FIRST_RUN_ENGINES: EngineName[] = ['loopscope', 'sval', 'jsinterpreter'];
const FIRST_RUN_RATIOS: Array<{ heading: string; key: string }> = [
  { heading: 'LS÷sval', key: 'loopscopeOverSvalFirstRun' },
  { heading: 'JSI÷LS', key: 'jsinterpreterOverLoopscopeFirstRun' },
];

function geomeanOf(rows: Row[], key: string): number | null {
  const values = rows
    .filter((r) => r.judged && typeof r[key] === 'number')
    .map((r) => r[key] as number);
  return values.length ? geometricMean(values) : null;
}

function targetChecks(rows: Row[]): TargetCheck[] {
  const judged = rows.filter((r) => r.judged);
  const check = (key: string, target: string, ok: (r: number) => boolean): TargetCheck => {
    const measured = judged.filter((r) => typeof r[key] === 'number');
    if (measured.length === 0) return { target, measured: 'not measured', met: null };
    const misses = measured.filter((r) => !ok(r[key] as number));
    const list = measured.map((r) => `${r.program} ${formatRatio(r[key] as number)}`).join(', ');
    return {
      target,
      measured: `${list}; geomean ${formatRatio(geomeanOf(rows, key))}; met on ${measured.length - misses.length} of ${measured.length}`,
      met: misses.length === 0,
    };
  };
  return [
    check(
      'loopscopeOverSval',
      'Loopscope, recording, no slower than sval (LS÷sval ≤ 1 on every program)',
      (r) => r <= 1,
    ),
    check(
      'jsinterpreterOverLoopscope',
      'Loopscope at least 4x faster than JS-Interpreter (JSI÷LS ≥ 4 on every program it runs)',
      (r) => r >= 4,
    ),
  ];
}

export const interpreterSuite: Suite = {
  name: 'interpreter',
  title: 'Interpreter throughput',
  async run(options): Promise<SuiteResult> {
    await bundleLoopscope();
    const programs = PROGRAMS.filter((p) => !options.programs || options.programs.includes(p.name));
    const results: ProgramResult[] = [];
    for (const program of programs)
      results.push({ program, by: await measureProgram(program, options) });
    const rows = results.map(toRow);

    const cells = results.map((result, i) => [
      result.program.title,
      formatCount(rows[i].fineSteps as number | null),
      ...ENGINES.map(({ name }) => timeCell(result, name)),
      ...RATIOS.map(({ key }) => formatRatio(rows[i][key] as number | null)),
      agreementCell(result),
    ]);
    cells.push([
      'geometric mean (issue programs)',
      '',
      '',
      '',
      '',
      '',
      ...RATIOS.map(({ key }) => formatRatio(geomeanOf(rows, key))),
      '',
    ]);

    const firstRunCells = results.map((result, i) => [
      result.program.title,
      ...FIRST_RUN_ENGINES.map((name) => timeCell(result, name, 'firstMs')),
      ...FIRST_RUN_RATIOS.map(({ key }) => formatRatio(rows[i][key] as number | null)),
    ]);
    firstRunCells.push([
      'geometric mean (issue programs)',
      ...FIRST_RUN_ENGINES.map(() => ''),
      ...FIRST_RUN_RATIOS.map(({ key }) => formatRatio(geomeanOf(rows, key))),
    ]);

    const notes: string[] = [
      `Times are median ${options.clock === 'cpu' ? 'CPU' : 'wall-clock'} milliseconds per run${options.clock === 'cpu' ? ' (user + system time of the measuring process, all its threads, so that other work on the shared cores does not count; wall-clock medians are in results.json)' : ''}. A÷B is A’s time over B’s: above 1 means A is slower.`,
      eachRunNote(options),
      'Loopscope runs with model node and records its full trace (fine steps, events, keyframes); sval and JS-Interpreter record nothing. Ratios are computed only from runs whose printed checksum agrees with native V8; "≠" marks a wrong checksum.',
      svalNote(svalSharedBuiltins()),
      `Native V8 runs in a vm context made before the clock starts; the interpreters' times include parsing and creating their realm. Native wall-clock figures for timers include Node's real 1 ms timer wait (CPU figures do not); Loopscope's clock is virtual.`,
    ];
    for (const result of results) {
      for (const { name, label } of ENGINES) {
        const m = result.by[name];
        if (m.kind === 'skipped') notes.push(`${label} skips ${result.program.name}: ${m.reason}.`);
        if (m.kind === 'failed')
          notes.push(`${label} failed on ${result.program.name}: ${m.error}`);
        if (m.kind === 'measured' && agrees(result, name) === false) {
          const native = result.by.native as { output: string };
          notes.push(
            `${label} printed ${JSON.stringify(m.output)} for ${result.program.name}; native V8 printed ${JSON.stringify(native.output)}.`,
          );
        }
      }
    }
    const steps = rows.filter((r) => typeof r.fineSteps === 'number') as Array<
      Row & { fineSteps: number }
    >;
    if (steps.length) {
      const over = steps
        .filter((r) => r.fineSteps > DEFAULT_STEP_LIMIT)
        .map((r) => `${r.program} (${formatCount(r.fineSteps)})`);
      const largest = steps.reduce((a, b) => (b.fineSteps > a.fineSteps ? b : a));
      notes.push(
        `Step limit: Loopscope's default is ${formatCount(DEFAULT_STEP_LIMIT)} fine steps; the bench passes ${formatCount(BENCH_STEP_LIMIT)}. ` +
          (over.length
            ? `Programs that need more than the default: ${over.join(', ')}.`
            : `Every program fits in the default (the largest is ${largest.program}, ${formatCount(largest.fineSteps)} steps).`),
      );
    }

    return {
      rows,
      tables: [
        {
          title: 'Throughput',
          table: {
            headings: [
              'program',
              'fine steps',
              'native ms',
              'Loopscope ms',
              'sval ms',
              'JS-Interp. ms',
              ...RATIOS.map((r) => r.heading),
              'checksums',
            ],
            cells,
            leftColumns: [0, 11],
          },
        },
        {
          title: `First run in a fresh process (the app's first Run; later Runs reuse its worker; not what the targets judge)`,
          table: {
            headings: [
              'program',
              'Loopscope ms',
              'sval ms',
              'JS-Interp. ms',
              ...FIRST_RUN_RATIOS.map((r) => r.heading),
            ],
            cells: firstRunCells,
            leftColumns: [0],
          },
        },
      ],
      targets: targetChecks(rows),
      notes,
    };
  },
};

/**
 * What sval's figures are on the programs that use the built-ins its sandbox shares with the host
 * (`shared`, found by asking sval): V8's own native code plus sval's interpreted callbacks, where
 * Loopscope runs its own implementation and records each step of it.
 */
function svalNote(shared: string[]): string {
  if (shared.length === 0)
    return 'sval runs every built-in the programs use with its own code, as Loopscope does.';
  return (
    `sval's sandbox gives programs the host's own ${shared.join(', ')}: where a program uses them ` +
    "(sort, awaits, promises, timers), sval's time is V8's native built-in (compiled ahead of time, " +
    'nothing to warm up) plus sval interpreting the callbacks, while Loopscope runs its own sort, ' +
    'promises and timers and records each comparison, reaction and job as steps.'
  );
}

/** How the interpreter table's runs were made (see measureProgram). */
function eachRunNote(options: BenchOptions): string {
  const { runs: runsEach, budgetMs } = perProcess(options);
  // The child cuts a slow engine's timed runs to its budget, never under 3 (see child.ts).
  const fewer =
    runsEach > 3
      ? ` (fewer, never under 3, when a run takes longer than ${budgetMs / 1000} s / ${runsEach})`
      : '';
  return (
    `Each engine runs each program in ${options.rounds} fresh process(es), the engines taking turns (so that ` +
    `a slow spell of the shared machine falls on all of them): in each, ${options.warmup} warm-up run(s), then ` +
    `${runsEach} timed run(s)${fewer}, a full GC before each; the median of all the timed runs is reported. ` +
    'Why that many warm-up runs: Loopscope is near its steady speed from its fourth run in a process on, ' +
    'when V8 has mostly stopped compiling it (sort: 101, 49, 6, 5 functions compiled in its first four runs), ' +
    'sval from its second (bench/NOTES.md, session 10). The first-run table is the first run of each ' +
    'process, the median of the processes.'
  );
}
