/**
 * `npm run bench [-- options]`: runs the benchmark suites, prints their tables and the issue's
 * targets on stdout (progress goes to stderr), merges the figures into bench/results.json and
 * renders bench/README-section.md from it. Figures only: nothing here fails on a slow machine.
 *
 *   --only a,b        run only these suites (interpreter, trace, app)
 *   --programs a,b    only these programs in the interpreter suite (fib, loop, sort, …)
 *   --runs N          timed runs per measurement (default 6; the median is reported)
 *   --rounds N        processes an interpreter measurement is spread over, engines taking turns (default 3)
 *   --warmup N        untimed runs first (default 3)
 *   --clock cpu|wall  which clock the tables show (default cpu: robust on a shared machine)
 *   --no-save         print only; leave results.json and README-section.md alone
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { describeMachine, hardwareLine, machineLine, runLine, type Machine } from './lib/machine';
import { tableToMarkdown, tableToText } from './lib/table';
import type { BenchOptions, Suite, SuiteResult, TargetCheck } from './suite';
import { appSuite } from './suites/app/suite';
import { interpreterSuite } from './suites/interpreter/suite';
import { traceSuite } from './suites/trace/suite';

const SUITES: Suite[] = [interpreterSuite, traceSuite, appSuite];

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));
const README_SECTION = fileURLToPath(new URL('./README-section.md', import.meta.url));

interface SuiteRecord extends SuiteResult {
  title: string;
  date: string;
  machine: Machine;
  options: {
    runs: number;
    rounds: number;
    warmup: number;
    clock: 'cpu' | 'wall';
    programs: string[] | null;
  };
  seconds: number;
}

interface Results {
  about: string;
  suites: Record<string, SuiteRecord>;
}

function usage(message: string): never {
  process.stderr.write(
    `bench: ${message}\nusage: npm run bench -- [--only ${SUITES.map((s) => s.name).join(',')}] [--programs a,b] [--runs N] [--rounds N] [--warmup N] [--clock cpu|wall] [--no-save]\n`,
  );
  process.exit(2);
}

function parseArgs(argv: string[]) {
  let only: string[] | null = null;
  let programs: string[] | null = null;
  let runs = 6;
  let rounds = 3;
  let warmup = 3;
  let save = true;
  let clock: 'cpu' | 'wall' = 'cpu';
  const count = (flag: string, value: string | undefined, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      usage(`${flag} takes a whole number >= ${min}, not '${value ?? ''}'`);
    return n;
  };
  const list = (value: string | undefined) => (value ?? '').split(',').filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--only') only = list(argv[++i]);
    else if (flag === '--programs') programs = list(argv[++i]);
    else if (flag === '--runs') runs = count(flag, argv[++i], 1);
    else if (flag === '--rounds') rounds = count(flag, argv[++i], 1);
    else if (flag === '--warmup') warmup = count(flag, argv[++i], 0);
    else if (flag === '--no-save') save = false;
    else if (flag === '--clock') {
      const value = argv[++i];
      if (value !== 'cpu' && value !== 'wall')
        usage(`--clock takes cpu or wall, not '${value ?? ''}'`);
      clock = value;
    } else usage(`unknown option '${flag}'`);
  }
  for (const name of only ?? [])
    if (!SUITES.some((s) => s.name === name)) usage(`no suite '${name}'`);
  return { only, programs, runs, rounds, warmup, save, clock };
}

function printSuite(suite: Suite, result: SuiteResult): void {
  const out: string[] = [`\n== ${suite.title}`];
  for (const { title, table } of result.tables) out.push(`\n${title}\n${tableToText(table)}`);
  if (result.targets.length) out.push('\nTargets', ...result.targets.map(targetLine));
  if (result.notes.length) out.push('\nNotes', ...result.notes.map((n) => `- ${n}`));
  process.stdout.write(out.join('\n') + '\n');
}

function verdict(t: TargetCheck): string {
  return t.met === null ? 'NOT MEASURED' : t.met ? 'MET' : 'MISSED';
}

function targetLine(t: TargetCheck): string {
  return `- ${verdict(t)}: ${t.target} — ${t.measured}`;
}

function readResults(): Results {
  const fresh: Results = {
    about:
      'Figures from `npm run bench` (bench/run.ts); each suite keeps the machine and date of its last run.',
    suites: {},
  };
  if (!existsSync(RESULTS)) return fresh;
  try {
    return {
      ...fresh,
      suites: (JSON.parse(readFileSync(RESULTS, 'utf8')) as Results).suites ?? {},
    };
  } catch {
    return fresh;
  }
}

function renderReadmeSection(results: Results): string {
  const out: string[] = [
    '## Performance',
    '',
    'Measured by `npm run bench` (figures, not tests: medians of several runs after a warm-up, each engine in',
    'fresh processes). The raw figures are in `bench/results.json`; how they were taken and what the profile shows',
    'are in `bench/NOTES.md`.',
  ];
  const machines = new Set(Object.values(results.suites).map((s) => hardwareLine(s.machine)));
  for (const suite of SUITES) {
    const record = results.suites[suite.name];
    if (!record) continue;
    out.push('', `### ${record.title}`, '');
    const when = `Run ${record.date.slice(0, 16).replace('T', ' ')} UTC, ${runLine(record.machine)}`;
    out.push(machines.size > 1 ? `${when}, on ${hardwareLine(record.machine)}.` : `${when}.`, '');
    for (const { title, table } of record.tables)
      out.push(`${title}:`, '', tableToMarkdown(table), '');
    if (record.targets.length)
      out.push(
        'Targets:',
        '',
        ...record.targets.map((t) => `- **${verdict(t)}** ${t.target}: ${t.measured}`),
        '',
      );
    if (record.notes.length) out.push('Notes:', '', ...record.notes.map((n) => `- ${n}`), '');
  }
  if (machines.size === 1) out.push('', `Machine: ${[...machines][0]}.`);
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const machine = describeMachine();
  process.stderr.write(`bench on ${machineLine(machine)}\n`);
  const options: BenchOptions = {
    runs: args.runs,
    rounds: args.rounds,
    warmup: args.warmup,
    clock: args.clock,
    programs: args.programs,
    log: (message) => process.stderr.write(`  ${message}\n`),
  };
  const results = readResults();
  const targets: TargetCheck[] = [];
  for (const suite of SUITES) {
    if (args.only && !args.only.includes(suite.name)) continue;
    const started = performance.now();
    const result = await suite.run(options);
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    printSuite(suite, result);
    targets.push(...result.targets);
    results.suites[suite.name] = {
      title: suite.title,
      date: new Date().toISOString(),
      machine,
      options: {
        runs: args.runs,
        rounds: args.rounds,
        warmup: args.warmup,
        clock: args.clock,
        programs: args.programs,
      },
      seconds,
      ...result,
    };
    process.stderr.write(`  ${suite.name}: ${seconds} s\n`);
  }
  if (targets.length)
    process.stdout.write(`\n== Targets (issue 8)\n${targets.map(targetLine).join('\n')}\n`);
  if (args.save) {
    writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
    // Formatted as the repository's format check wants it (markdown tables aligned).
    const options = (await prettier.resolveConfig(README_SECTION)) ?? {};
    const markdown = await prettier.format(renderReadmeSection(results), {
      ...options,
      parser: 'markdown',
    });
    writeFileSync(README_SECTION, markdown);
    process.stderr.write(`wrote ${RESULTS} and ${README_SECTION}\n`);
  }
}

void main();
