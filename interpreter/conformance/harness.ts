/**
 * Differential testing: the same program run by real Node (a child process) and by Loopscope's
 * interpreter with the node model; their outputs must be equal. Nothing here is typed by hand:
 * Node is the oracle, at test time.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../index';
import type { Model, Trace } from '../trace/types';

export const PROGRAMS_DIR = fileURLToPath(new URL('./programs', import.meta.url));

export interface Output {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Every program under programs/, as paths relative to it (suite/name.js). */
export function listPrograms(dir = PROGRAMS_DIR): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...listPrograms(path));
    else if (entry.endsWith('.js')) out.push(relative(PROGRAMS_DIR, path));
  }
  return dir === PROGRAMS_DIR ? out : out.map((p) => relative(PROGRAMS_DIR, join(PROGRAMS_DIR, p)));
}

export function runInNode(file: string, timeoutMs = 20_000): Promise<Output> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [file],
      { timeout: timeoutMs, env: { PATH: process.env.PATH ?? '' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ stdout, stderr, exitCode: code });
      },
    );
  });
}

export function outputOfTrace(trace: Trace): Output {
  let stdout = '';
  let stderr = '';
  for (const line of trace.console) {
    if (line.level === 'warn' || line.level === 'error') stderr += `${line.text}\n`;
    else stdout += `${line.text}\n`;
  }
  const exitCode =
    trace.outcome.kind === 'completed' ? 0 : trace.outcome.kind === 'unsupported' ? 2 : 1;
  return { stdout, stderr, exitCode };
}

export function runInLoopscope(source: string, model: Model = 'node'): Output {
  return outputOfTrace(run(source, { model }));
}

/**
 * Stack frames name files and positions that differ between the two runs (a temp path vs
 * `program.js`), and Node frames its crash report with the source line and its version. Those
 * lines are dropped on both sides; everything else must match exactly.
 */
export function normalize(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .filter((line) => !/^\s*\.\.\. \d+ lines matching cause stack trace \.\.\.$/.test(line))
    .filter((line) => !/^Node\.js v\d+/.test(line))
    .join('\n');
}

/** Node's crash report: `file:line`, the source line, a caret, a blank line, then the error. */
export function normalizeCrash(stderr: string): string {
  // Node starts the report with a blank line when the throw came from a callback.
  const lines = normalize(stderr).replace(/^\n+/, '').split('\n');
  if (lines.length > 0 && /^(\/|file:\/\/|[A-Za-z]:\\|node:).*:\d+$/.test(lines[0])) {
    const caret = lines.findIndex((l) => /^\s*\^+\s*$/.test(l));
    if (caret >= 0) lines.splice(0, caret + 1);
  }
  return lines.join('\n').trim();
}

export type Runtime = 'node' | 'browser';

/**
 * Where a program runs, from its first line: `// @runtimes node browser`. Without that header
 * a program runs in Node only (the node model); `browser` adds Chromium (the browser model).
 */
export function runtimesOf(source: string): Runtime[] {
  const m = /^\/\/\s*@runtimes\b(.*)$/m.exec(source.split('\n', 1)[0]);
  if (!m) return ['node'];
  return m[1].split(/\s+/).filter((r): r is Runtime => r === 'node' || r === 'browser');
}

/**
 * Real runtimes fire timers late when the machine is busy (tens of milliseconds with several
 * test processes on two cores), which can reorder timers that are close in time. A program whose
 * output differs from the model's is run again, alone, this many times before the difference
 * counts: the model must match an output the real runtime really produces.
 */
export const TIMING_RETRIES = 2;

/** Whether two runs printed the same thing (after normalization) and exited alike. */
export function sameOutput(actual: Output, expected: Output): boolean {
  if (actual.exitCode !== expected.exitCode) return false;
  if (normalize(actual.stdout) !== normalize(expected.stdout)) return false;
  if (expected.exitCode !== 0)
    return normalizeCrash(actual.stderr) === normalizeCrash(expected.stderr);
  return normalize(actual.stderr) === normalize(expected.stderr);
}

export function readProgram(relPath: string): string {
  return readFileSync(join(PROGRAMS_DIR, relPath), 'utf8');
}

export function knownDifferences(): Record<string, string> {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL('./known-differences.json', import.meta.url)), 'utf8'),
  ) as Record<string, string>;
}
