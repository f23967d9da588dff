/**
 * npm run fuzz -- [--count N] [--seed S] [--concurrency C] [--out DIR]
 * Runs N generated programs in real Node and in the node model; prints each difference and
 * writes it as a conformance program, `fuzz-<S>-<index>.js`, to DIR (default
 * interpreter/conformance/programs/ordering/). There it is part of the suite at once, and fails
 * until the interpreter is fixed. Exits 1 when any difference was found.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asConformanceProgram, fuzz } from './runner';

function parse(argv: string[]): { count: number; seed: number; concurrency: number; out: string } {
  const options = {
    count: 300,
    seed: Date.now() % 1_000_000,
    concurrency: 4,
    out: fileURLToPath(new URL('../conformance/programs/ordering', import.meta.url)),
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    const n = Number(value);
    if (flag === '--out' && value) options.out = value;
    else if (
      (flag === '--count' || flag === '--seed' || flag === '--concurrency') &&
      Number.isInteger(n) &&
      n >= 0
    ) {
      options[flag.slice(2) as 'count' | 'seed' | 'concurrency'] = n;
    } else {
      process.stderr.write(
        `fuzz: bad option ${flag} ${value ?? ''}\nusage: npm run fuzz -- [--count N] [--seed S] [--concurrency C] [--out DIR]\n`,
      );
      process.exit(2);
    }
  }
  return options;
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  process.stdout.write(
    `fuzzing ${options.count} programs, seed ${options.seed}, ${options.concurrency} at a time\n`,
  );
  const report = await fuzz({
    ...options,
    onProgress: (done, count) => {
      if (done % 50 === 0 || done === count) process.stdout.write(`  ${done}/${count}\n`);
    },
  });
  for (const m of report.mismatches) {
    mkdirSync(options.out, { recursive: true });
    const file = join(options.out, `fuzz-${options.seed}-${m.index}.js`);
    writeFileSync(file, asConformanceProgram(m, options.seed));
    process.stdout.write(
      `\nDIFFERENCE in program ${m.index} (program seed ${m.seed}), written to ${file}\n--- node\n${m.node.stdout}${m.node.stderr}--- loopscope\n${m.loopscope.stdout}${m.loopscope.stderr}`,
    );
  }
  process.stdout.write(
    `\n${report.programs} programs, ${report.mismatches.length} differences, ${report.rejected} candidates rejected as timing-dependent, ${report.seconds.toFixed(1)} s\n`,
  );
  process.exitCode = report.mismatches.length > 0 ? 1 : 0;
}

void main();
