/**
 * Differential fuzzing: generated programs run in real Node (one process each, a few at a
 * time) and in Loopscope's node model; every difference is reported with its program, ready to
 * become a conformance program.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  outputOfTrace,
  runInNode,
  sameOutput,
  TIMING_RETRIES,
  type Output,
} from '../conformance/harness';
import { run } from '../index';
import { acceptable, generateProgram, programSeed } from './generate';

export interface FuzzOptions {
  seed: number;
  count: number;
  /** Node processes at once. */
  concurrency?: number;
  /** Called after each program, for progress. */
  onProgress?: (done: number, count: number) => void;
}

export interface Mismatch {
  index: number;
  seed: number;
  source: string;
  node: Output;
  loopscope: Output;
}

export interface FuzzReport {
  programs: number;
  /** Candidates the generator threw away because real Node would not run them the same way twice. */
  rejected: number;
  mismatches: Mismatch[];
  seconds: number;
}

/** The i-th program of a run: the first candidate whose timers keep real Node deterministic. */
export function fuzzProgram(
  seed: number,
  index: number,
): { seed: number; source: string; rejected: number } {
  for (let attempt = 0; ; attempt++) {
    const s = programSeed(seed, index * 1000 + attempt);
    const source = generateProgram(s, { model: 'node' });
    if (acceptable(run(source, { model: 'node' })) || attempt >= 50)
      return { seed: s, source, rejected: attempt };
  }
}

export async function fuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'loopscope-fuzz-'));
  // Generated programs are CommonJS scripts, as the conformance programs are.
  writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
  let mismatches: (Mismatch & { file: string })[] = [];
  let rejected = 0;
  let done = 0;
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < options.count; index = next++) {
      const program = fuzzProgram(options.seed, index);
      rejected += program.rejected;
      const file = join(dir, `program-${index}.js`);
      writeFileSync(file, program.source);
      const loopscope = outputOfTrace(run(program.source, { model: 'node' }));
      const node = await runInNode(file);
      if (!sameOutput(loopscope, node))
        mismatches.push({
          index,
          seed: program.seed,
          source: program.source,
          node,
          loopscope,
          file,
        });
      options.onProgress?.(++done, options.count);
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
    // A difference counts only if it survives runs of the program alone (see TIMING_RETRIES);
    // generated programs have more timers than most, so they get a few more runs.
    for (let retry = 0; retry < TIMING_RETRIES + 2 && mismatches.length > 0; retry++) {
      const still: typeof mismatches = [];
      for (const m of mismatches) {
        const node = await runInNode(m.file);
        if (!sameOutput(m.loopscope, node)) still.push({ ...m, node });
      }
      mismatches = still;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  mismatches.sort((x, y) => x.index - y.index);
  return {
    programs: options.count,
    rejected,
    mismatches: mismatches.map(({ file: _file, ...m }) => m),
    seconds: (Date.now() - started) / 1000,
  };
}

/**
 * A mismatch as a conformance program of the run seeded with `runSeed`: the source, with how to
 * reproduce it and what each side printed as comments.
 */
export function asConformanceProgram(m: Mismatch, runSeed: number): string {
  const quote = (text: string) =>
    text
      .trimEnd()
      .split('\n')
      .map((l) => `//   ${l}`)
      .join('\n');
  return [
    '// @runtimes node',
    `// Found by the fuzzer: program ${m.index} of seed ${runSeed} (program seed ${m.seed}).`,
    `// Reproduce: npm run fuzz -- --seed ${runSeed} --count ${m.index + 1}`,
    '// or compare `node FILE` with `npm run -s loopscope -- run FILE --model node`.',
    '// Real Node printed:',
    quote(m.node.stdout + m.node.stderr),
    '// Loopscope printed:',
    quote(m.loopscope.stdout + m.loopscope.stderr),
    m.source,
  ].join('\n');
}
