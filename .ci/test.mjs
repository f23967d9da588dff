// `npm test`: every check that proves the project, in order, with a summary at the end.
// Each step runs even if an earlier one failed, so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';

const steps = [
  ['format', 'npm', ['run', '-s', 'format:check']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['unit + conformance', 'npm', ['run', '-s', 'unit']],
  ['build', 'npm', ['run', '-s', 'build']],
  ['e2e', 'npm', ['run', '-s', 'e2e']],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, cmd, args] of steps) {
  if (only.length && !only.includes(name)) continue;
  process.stdout.write(`\n=== ${name}: ${cmd} ${args.join(' ')}\n`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  results.push({ name, ok: r.status === 0, seconds: (Date.now() - started) / 1000 });
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
process.stdout.write('\n=== summary\n');
for (const r of results)
  process.stdout.write(
    `${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(20)} ${r.seconds.toFixed(1)} s\n`,
  );
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
