/**
 * Where Loopscope's interpreter spends its time: `npx tsx bench/profile.ts [program …] [--top N]`.
 * Not part of `npm run bench` (a profile is for reading, not a figure to track).
 *
 * For each program (default: all of the throughput programs) it runs the interpreter once to warm
 * up, then once under V8's sampling profiler, and prints self time by function, by source file
 * and by area (evaluator, realm, recorder, host, parser, GC), then once under the sampling heap
 * profiler, and prints the bytes each function allocates per fine step (garbage included). The
 * raw CPU profiles are written to bench/.work/<program>.cpuprofile (open them in Chrome DevTools).
 * It profiles the bundle the bench runs (lib/loopscope.ts), mapping bundle lines to source files.
 *
 * Then it runs what-if experiments on the unchanged interpreter, by patching prototypes in a
 * child process, to size what a change would buy before anyone makes it (see bench/NOTES.md).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requestFromChild } from './lib/child';
import { bundleLoopscope, loadLoopscope, LOOPSCOPE_BUNDLE, type Loopscope } from './lib/loopscope';
import { formatMs, median } from './lib/stats';
import { tableToText } from './lib/table';
import { PROGRAMS } from './programs/catalog';
import { BENCH_STEP_LIMIT } from './suites/interpreter/engines';
import type { Experiment, ExperimentReply, ExperimentRequest } from './profile.child';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const WORK = path.join(ROOT, 'bench/.work');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self time (ms) per profile node id: each sample's time delta goes to the node it hit. */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  return self;
}

/** The bundle's `// interpreter/…` comments: which source file each bundle line came from. */
let bundleFiles: Array<{ line: number; file: string }> = [];

function readBundleFiles(): void {
  bundleFiles = [];
  readFileSync(LOOPSCOPE_BUNDLE, 'utf8')
    .split('\n')
    .forEach((text, line) => {
      const match = /^\/\/ (\S+\.m?[jt]s)$/.exec(text);
      if (match) bundleFiles.push({ line, file: match[1].replace(/^(\.\.\/)+main\//, '') });
    });
}

/** The source file of a profiled function (for the bundle: the module its line falls in). */
function fileOf(url: string, line: number): string {
  if (!url) return '';
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  if (file === LOOPSCOPE_BUNDLE) {
    let source = 'bench/.work/loopscope.mjs';
    for (const marker of bundleFiles) if (marker.line <= line) source = marker.file;
    return source;
  }
  return file.startsWith(ROOT) ? path.relative(ROOT, file) : file;
}

/** The area of the interpreter (or of V8) a function belongs to. */
function areaOf(functionName: string, file: string): string {
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(program)' || functionName === '(idle)' || functionName === '(root)')
    return `V8 ${functionName}`;
  if (file.includes('node_modules/acorn')) return 'parse (acorn)';
  if (file.startsWith('interpreter/evaluate/')) return 'evaluate/';
  if (file.startsWith('interpreter/trace/')) return 'trace/ (recorder, snapshots)';
  if (file.startsWith('interpreter/realm/')) return 'realm/ (objects, operations, builtins)';
  if (file.startsWith('interpreter/host/')) return 'host/ (event loop)';
  if (file === 'interpreter/agent.ts') return 'agent.ts (calls, frames, step)';
  if (file.startsWith('interpreter/')) return 'interpreter/ (other)';
  if (file === '') return 'V8 builtins / native';
  return 'other';
}

function top(entries: Map<string, number>, total: number, n: number): string[][] {
  return [...entries]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, ms]) => [key, formatMs(ms), `${((ms / total) * 100).toFixed(1)}%`]);
}

async function profileProgram(
  ls: Loopscope,
  session: Session,
  name: string,
  source: string,
): Promise<CpuProfile> {
  const options = { model: 'node' as const, stepLimit: BENCH_STEP_LIMIT };
  ls.run(source, options); // warm-up
  await session.post('Profiler.start');
  ls.run(source, options);
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
  writeFileSync(path.join(WORK, `${name}.cpuprofile`), JSON.stringify(profile));
  return profile;
}

interface SamplingHeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingHeapNode[];
}

/**
 * Bytes allocated by function while the program runs, garbage included (V8's sampling heap
 * profiler, keeping objects that minor and major GCs collected).
 */
async function allocationsOf(
  ls: Loopscope,
  session: Session,
  source: string,
): Promise<{ steps: number; total: number; byFunction: Map<string, number> }> {
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  const trace = ls.run(source, { model: 'node', stepLimit: BENCH_STEP_LIMIT });
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as {
    profile: { head: SamplingHeapNode };
  };
  const byFunction = new Map<string, number>();
  let total = 0;
  const visit = (node: SamplingHeapNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = fileOf(url, lineNumber);
    const key = `${functionName || '(anonymous)'} ${file}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
    total += node.selfSize;
    node.children.forEach(visit);
  };
  visit(profile.head);
  return { steps: ls.stepCount(trace), total, byFunction };
}

function reportAllocations(
  title: string,
  allocations: { steps: number; total: number; byFunction: Map<string, number> },
  n: number,
): void {
  const { steps, total, byFunction } = allocations;
  const cells = [...byFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([fn, bytes]) => [fn, (bytes / 1e6).toFixed(1), (bytes / steps).toFixed(0)]);
  process.stdout.write(
    `\n--- ${title}: ${(total / 1e6).toFixed(0)} MB allocated in ${steps.toLocaleString('en-US')} fine steps = ${(total / steps).toFixed(0)} bytes per step\n` +
      tableToText({ headings: ['allocating function', 'MB', 'B/step'], cells }) +
      '\n',
  );
}

function report(title: string, profiles: CpuProfile[], n: number): void {
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const byArea = new Map<string, number>();
  let total = 0;
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    for (const [id, ms] of selfTimes(profile)) {
      const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
      // The inspector's own work while it stops the profiler and builds the profile.
      if (functionName === 'dispatch' && url === '') continue;
      const file = fileOf(url, lineNumber);
      const where = url.endsWith('loopscope.mjs') ? `${file} (bundle:${lineNumber + 1})` : file;
      const fn = `${functionName || '(anonymous)'} ${where}`.trim();
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
      byFile.set(file || '(V8)', (byFile.get(file || '(V8)') ?? 0) + ms);
      const area = areaOf(functionName, file);
      byArea.set(area, (byArea.get(area) ?? 0) + ms);
      total += ms;
    }
  }
  const out = [`\n=== ${title}: ${formatMs(total)} ms sampled`];
  out.push(tableToText({ headings: ['area', 'self ms', 'share'], cells: top(byArea, total, 20) }));
  out.push(
    '',
    tableToText({ headings: ['file', 'self ms', 'share'], cells: top(byFile, total, 12) }),
  );
  out.push(
    '',
    tableToText({ headings: ['function', 'self ms', 'share'], cells: top(byFunction, total, n) }),
  );
  process.stdout.write(out.join('\n') + '\n');
}

const EXPERIMENTS: Array<{ name: Experiment; what: string }> = [
  { name: 'baseline', what: 'the interpreter as it is' },
  {
    name: 'no-recording',
    what: 'recording (steps and every kind of event) cut down to the step-limit check',
  },
  { name: 'no-keyframes', what: 'no keyframes taken (events and step columns still recorded)' },
];

async function experiments(programs: Array<{ name: string; source: string }>): Promise<void> {
  const child = fileURLToPath(new URL('./profile.child.ts', import.meta.url));
  const headings = ['program', ...EXPERIMENTS.map((e) => `${e.name} ms`), 'recording share'];
  const cells: string[][] = [];
  for (const { name: program, source } of programs) {
    process.stderr.write(`  experiments on ${program}\n`);
    const request: ExperimentRequest = {
      source,
      loopscopeBundle: LOOPSCOPE_BUNDLE,
      rounds: 5,
      experiments: EXPERIMENTS.map((e) => e.name),
    };
    const reply = await requestFromChild<ExperimentReply>(child, request, {
      nodeFlags: ['--expose-gc'],
    });
    if (!reply.ok) {
      process.stderr.write(`    failed: ${reply.error.split('\n')[0]}\n`);
      continue;
    }
    const ms = EXPERIMENTS.map((e) => median(reply.value.cpuTimes[e.name]));
    const share = (ms[0] - ms[1]) / ms[0];
    cells.push([program, ...ms.map(formatMs), `${(share * 100).toFixed(0)}%`]);
  }
  process.stdout.write(
    '\n=== What-if experiments (median CPU ms of 5 rounds after a warm-up; in each round every variant runs once, so load on the machine hits them alike)\n' +
      EXPERIMENTS.map((e) => `- ${e.name}: ${e.what}`).join('\n') +
      '\n' +
      tableToText({ headings, cells }) +
      '\n',
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let n = 30;
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--top') n = Number(args[++i]);
    else names.push(args[i]);
  }
  const chosen = PROGRAMS.filter((p) => p.judged && (names.length === 0 || names.includes(p.name)));
  mkdirSync(WORK, { recursive: true });
  await bundleLoopscope();
  readBundleFiles();
  const ls = await loadLoopscope();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  const all: CpuProfile[] = [];
  for (const program of chosen) {
    process.stderr.write(`  profiling ${program.name}\n`);
    const profile = await profileProgram(ls, session, program.name, program.source);
    all.push(profile);
    report(program.name, [profile], Math.min(n, 15));
    reportAllocations(
      `${program.name} allocations`,
      await allocationsOf(ls, session, program.source),
      10,
    );
  }
  if (chosen.length > 1) report('all programs together', all, n);
  session.disconnect();
  await experiments(chosen);
}

void main();
