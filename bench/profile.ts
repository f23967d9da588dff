/**
 * Where Loopscope's interpreter spends its time: `npx tsx bench/profile.ts [program …] [--top N]`.
 * Not part of `npm run bench` (a profile is for reading, not a figure to track).
 *
 * For each program (default: all of the throughput programs) it runs the interpreter once to warm
 * up, then once under V8's sampling profiler, and prints self time by function, by source file
 * and by area (evaluator, realm, recorder, host, parser, GC). The raw profiles are written to
 * bench/.work/<program>.cpuprofile (open them in Chrome DevTools' Performance panel).
 *
 * Then it runs what-if experiments on the unchanged interpreter, by patching prototypes in a
 * child process, to size what a change would buy before anyone makes it (see bench/NOTES.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../interpreter/index';
import { requestFromChild } from './lib/child';
import { formatMs, median } from './lib/stats';
import { tableToText } from './lib/table';
import { PROGRAMS } from './programs/catalog';
import { BENCH_STEP_LIMIT } from './suites/interpreter/engines';
import type { ExperimentReply, ExperimentRequest } from './profile.child';

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

function fileOf(url: string): string {
  if (!url) return '';
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
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

async function profileProgram(session: Session, name: string, source: string): Promise<CpuProfile> {
  const options = { model: 'node' as const, stepLimit: BENCH_STEP_LIMIT };
  run(source, options); // warm-up
  await session.post('Profiler.start');
  run(source, options);
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
  writeFileSync(path.join(WORK, `${name}.cpuprofile`), JSON.stringify(profile));
  return profile;
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
      const file = fileOf(url);
      const fn =
        `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
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

const EXPERIMENTS: Array<{ name: ExperimentRequest['experiment']; what: string }> = [
  { name: 'baseline', what: 'the interpreter as it is' },
  { name: 'no-recording', what: 'Recorder.step and Recorder.emit reduced to the step-limit check' },
  { name: 'no-keyframes', what: 'keyframes never taken (events and step columns still recorded)' },
];

async function experiments(names: string[]): Promise<void> {
  const child = fileURLToPath(new URL('./profile.child.ts', import.meta.url));
  const headings = ['program', ...EXPERIMENTS.map((e) => `${e.name} ms`), 'recording share'];
  const cells: string[][] = [];
  for (const program of names) {
    const ms: number[] = [];
    for (const { name } of EXPERIMENTS) {
      process.stderr.write(`  experiment ${name} on ${program}\n`);
      const reply = await requestFromChild<ExperimentReply>(
        child,
        { experiment: name, program, runs: 5 } satisfies ExperimentRequest,
        { nodeFlags: ['--expose-gc'] },
      );
      ms.push(reply.ok ? median(reply.value.cpuTimes) : NaN);
      if (!reply.ok) process.stderr.write(`    failed: ${reply.error.split('\n')[0]}\n`);
    }
    const share = (ms[0] - ms[1]) / ms[0];
    cells.push([program, ...ms.map(formatMs), `${(share * 100).toFixed(0)}%`]);
  }
  process.stdout.write(
    `\n=== What-if experiments (median CPU ms of 5 runs after a warm-up, each in its own process)\n` +
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
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  const all: CpuProfile[] = [];
  for (const program of chosen) {
    process.stderr.write(`  profiling ${program.name}\n`);
    const profile = await profileProgram(session, program.name, program.source);
    all.push(profile);
    report(program.name, [profile], Math.min(n, 15));
  }
  if (chosen.length > 1) report('all programs together', all, n);
  session.disconnect();
  await experiments(chosen.map((p) => p.name));
}

void main();
