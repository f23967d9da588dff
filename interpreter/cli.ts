/**
 * The Loopscope CLI.
 *   loopscope run FILE [--model browser|node] [--step-limit N]
 *     prints the program's console output as the runtime would (stdout for log/info,
 *     stderr for warn/error) and exits 0, or 1 after an uncaught error; 2 on bad input.
 *   loopscope trace FILE --out OUT.json [--model …] [--step-limit N]
 *     writes the trace.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { run, DEFAULT_STEP_LIMIT, stepCount, traceToJSON } from './index';
import type { Model, Trace } from './trace/types';

const USAGE =
  'usage: loopscope run FILE [--model browser|node] [--step-limit N]\n       loopscope trace FILE --out OUT.json [--model browser|node] [--step-limit N]';

function fail(message: string): never {
  process.stderr.write(`loopscope: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const [command, file, ...rest] = argv;
  if (command !== 'run' && command !== 'trace')
    fail(command ? `unknown command '${command}'` : 'no command given');
  if (!file) fail('no FILE given');
  let model: Model = 'browser';
  let stepLimit = DEFAULT_STEP_LIMIT;
  let out: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    const value = rest[i + 1];
    if (flag === '--model') {
      if (value !== 'browser' && value !== 'node')
        fail(`--model takes browser or node, not '${value ?? ''}'`);
      model = value;
      i++;
    } else if (flag === '--step-limit') {
      const n = Number(value);
      if (!Number.isInteger(n) || n <= 0)
        fail(`--step-limit takes a positive whole number, not '${value ?? ''}'`);
      stepLimit = n;
      i++;
    } else if (flag === '--out') {
      if (!value) fail('--out needs a file name');
      out = value;
      i++;
    } else fail(`unknown option '${flag}'`);
  }
  if (command === 'trace' && !out) fail('trace needs --out FILE.json');
  return { command, file, model, stepLimit, out };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  let source: string;
  try {
    source = readFileSync(args.file, 'utf8');
  } catch (e) {
    fail(`cannot read ${args.file}: ${(e as Error).message}`);
  }
  const trace = run(source, { model: args.model, stepLimit: args.stepLimit });
  if (args.command === 'trace') {
    writeFileSync(args.out!, traceToJSON(trace));
    process.stdout.write(`wrote ${stepCount(trace)} steps to ${args.out}\n`);
  } else {
    printConsole(trace);
  }
  process.exitCode = exitCode(trace, args.file);
}

function printConsole(trace: Trace): void {
  for (const line of trace.console) {
    const stream =
      line.level === 'warn' || line.level === 'error' ? process.stderr : process.stdout;
    stream.write(`${line.text}\n`);
  }
}

function exitCode(trace: Trace, file: string): number {
  const o = trace.outcome;
  switch (o.kind) {
    case 'completed':
      return 0;
    case 'uncaught':
      return 1;
    case 'step-limit':
      process.stderr.write(
        `loopscope: stopped at the step limit (${o.limit} steps); the output above is what ran until then\n`,
      );
      return 1;
    case 'syntax-error':
      process.stderr.write(
        `${file}:${o.diagnostic.line}:${o.diagnostic.column}\nSyntaxError: ${o.diagnostic.message}\n`,
      );
      return 1;
    case 'unsupported':
      process.stderr.write(
        `${file}:${o.diagnostic.line}:${o.diagnostic.column}\nloopscope: ${o.diagnostic.message}\n`,
      );
      return 2;
  }
}

main();
