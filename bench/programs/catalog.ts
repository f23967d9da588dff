/**
 * The programs of issue 8's throughput table. Each prints exactly one line, its checksum, as its
 * last act (the async ones from their last callback), so every engine's answer can be compared
 * and the harness knows when an asynchronous program has finished.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface BenchProgram {
  name: string;
  title: string;
  source: string;
  /** What JS-Interpreter (ES5 only, no promises) runs: the same source, an ES5 transcription, or nothing and why. */
  es5: { source: string; transcribed: boolean } | { unsupported: string };
  /** One of the programs, whose figures the targets are judged on (not the startup probe). */
  judged: boolean;
}

const read = (file: string) => readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8');

const NO_PROMISES = 'JS-Interpreter has no promises, async functions or microtasks';

function program(
  name: string,
  title: string,
  es5: 'same' | 'transcribed' | { unsupported: string },
  judged = true,
): BenchProgram {
  const source = read(`./${name}.js`);
  return {
    name,
    title,
    source,
    es5:
      es5 === 'same'
        ? { source, transcribed: false }
        : es5 === 'transcribed'
          ? { source: read(`./${name}.es5.js`), transcribed: true }
          : es5,
    judged,
  };
}

export const PROGRAMS: BenchProgram[] = [
  program('fib', 'fib(22), naive recursion', 'same'),
  program('loop', '300,000-iteration loop', 'transcribed'),
  program('sort', 'sort 20,000 numbers, comparator', {
    unsupported:
      "JS-Interpreter's Array.prototype.sort is an interpreted bubble sort: 20,000 elements need ~200 million comparator calls (hours)",
  }),
  program('closures', 'closures + property access x100,000', 'transcribed'),
  program('strings', 'string building, 30,000 appends', 'transcribed'),
  program('awaits', '5,000 sequential awaits', { unsupported: NO_PROMISES }),
  program('promises', '2,000 promise chains (x3 reactions)', { unsupported: NO_PROMISES }),
  program('timers', '200 timers, a microtask each', {
    unsupported: `${NO_PROMISES} (it has setTimeout)`,
  }),
  program('startup', 'startup: console.log(0)', 'same', false),
];
