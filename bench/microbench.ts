/**
 * Micro-benchmarks behind the recommendations in bench/NOTES.md:
 * `npx tsx bench/microbench.ts`. Each compares the pattern the interpreter uses today with the
 * alternative the notes propose, on the same work, in one process; variants alternate round by
 * round (so load on a shared machine hits them alike) and the median CPU time is reported.
 * Not part of `npm run bench`: these size a change before it is made; they track nothing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as tsxLoopscope from '../interpreter/index';
import { bundleLoopscope, loadLoopscope } from './lib/loopscope';
import { median } from './lib/stats';
import { tableToText } from './lib/table';

const ROUNDS = 7;

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

interface Variant {
  name: string;
  run: () => unknown;
}

/** Median CPU ms of each variant over ROUNDS alternating rounds, after one warm-up each. */
function compare(variants: Variant[]): number[] {
  let sink: unknown;
  for (const v of variants) sink = v.run();
  const times = variants.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    variants.forEach((v, i) => {
      (globalThis as { gc?: () => void }).gc?.();
      const start = cpuNow();
      sink = v.run();
      times[i].push(cpuNow() - start);
    });
  }
  void sink;
  return times.map(median);
}

const rows: string[][] = [];
function report(experiment: string, variants: Variant[], ops: number, unit: string): void {
  process.stderr.write(`  ${experiment}\n`);
  const ms = compare(variants);
  variants.forEach((v, i) => {
    rows.push([
      i === 0 ? experiment : '',
      v.name,
      ms[i].toFixed(1),
      ops > 1 ? `${((ms[i] * 1e6) / ops).toFixed(1)} ns/${unit}` : '',
      i === 0 ? '' : `${(ms[0] / ms[i]).toFixed(2)}x`,
    ]);
  });
}

// ---- 1. An evaluator with a host generator per node vs plain recursive functions ------------

type Expr =
  | { type: 'num'; value: number }
  | { type: 'var'; name: string }
  | { type: 'bin'; op: '+' | '*' | '%'; left: Expr; right: Expr };

const num = (value: number): Expr => ({ type: 'num', value });
const name = (n: string): Expr => ({ type: 'var', name: n });
const bin = (op: '+' | '*' | '%', left: Expr, right: Expr): Expr => ({
  type: 'bin',
  op,
  left,
  right,
});
/** `(sum + i * 7) % 1000003`, the body of bench/programs/loop.js: 7 nodes. */
const loopBody = bin('%', bin('+', name('sum'), bin('*', name('i'), num(7))), num(1000003));
const apply = (op: string, l: number, r: number) =>
  op === '+' ? l + r : op === '*' ? l * r : l % r;

function* evaluateGen(e: Expr, env: Map<string, number>): Generator<never, number, unknown> {
  switch (e.type) {
    case 'num':
      return e.value;
    case 'var':
      return env.get(e.name)!;
    case 'bin': {
      const l = yield* evaluateGen(e.left, env);
      const r = yield* evaluateGen(e.right, env);
      return apply(e.op, l, r);
    }
  }
}
function evaluatePlain(e: Expr, env: Map<string, number>): number {
  switch (e.type) {
    case 'num':
      return e.value;
    case 'var':
      return env.get(e.name)!;
    case 'bin':
      return apply(e.op, evaluatePlain(e.left, env), evaluatePlain(e.right, env));
  }
}
const EVALS = 300_000;
report(
  'evaluate an expression: generator per node vs plain function',
  [
    {
      name: 'generator per node (today)',
      run: () => {
        const env = new Map([['sum', 0]]);
        for (let i = 0; i < EVALS; i++) {
          env.set('i', i);
          env.set('sum', evaluateGen(loopBody, env).next().value as number);
        }
        return env.get('sum');
      },
    },
    {
      name: 'plain recursive function',
      run: () => {
        const env = new Map([['sum', 0]]);
        for (let i = 0; i < EVALS; i++) {
          env.set('i', i);
          env.set('sum', evaluatePlain(loopBody, env));
        }
        return env.get('sum');
      },
    },
  ],
  EVALS * 7,
  'node',
);

// ---- 2. Name lookup: a chain of Maps of binding objects vs slots resolved before the run ------

interface Binding {
  value: number;
  mutable: boolean;
  initialized: boolean;
}
class MapScope {
  bindings = new Map<string, Binding>();
  constructor(readonly parent: MapScope | null) {}
}
/** Scope.lookup of interpreter/evaluate/scope.ts. */
function lookup(scope: MapScope, n: string): Binding | undefined {
  for (let s: MapScope | null = scope; s; s = s.parent) {
    const b = s.bindings.get(n);
    if (b) return b;
  }
  return undefined;
}
class SlotScope {
  constructor(
    readonly parent: SlotScope | null,
    readonly slots: number[],
  ) {}
}
const LOOKUPS = 3_000_000;
{
  // Three scopes deep, as in a loop body inside a function: block -> loop -> function.
  const fn = new MapScope(null);
  fn.bindings.set('total', { value: 1, mutable: true, initialized: true });
  const loopScope = new MapScope(fn);
  loopScope.bindings.set('i', { value: 2, mutable: true, initialized: true });
  const block = new MapScope(loopScope);
  const slotBlock = new SlotScope(new SlotScope(new SlotScope(null, [1]), [2]), []);
  report(
    'look up a name two scopes up',
    [
      {
        name: 'Map chain, walk by name (today)',
        run: () => {
          let s = 0;
          for (let i = 0; i < LOOKUPS; i++) s += lookup(block, 'total')!.value;
          return s;
        },
      },
      {
        name: 'resolved (hops, slot) array',
        run: () => {
          let s = 0;
          const hops = 2;
          for (let i = 0; i < LOOKUPS; i++) {
            let scope = slotBlock;
            for (let h = 0; h < hops; h++) scope = scope.parent!;
            s += scope.slots[0];
          }
          return s;
        },
      },
    ],
    LOOKUPS,
    'lookup',
  );
}

// ---- 3. The step columns: growing JS arrays vs chunks of Int32Array --------------------------

const STEPS = 1_000_000;
report(
  'record 1M steps into 3 columns',
  [
    {
      name: 'number[] push (today)',
      run: () => {
        const cols = { start: [] as number[], end: [] as number[], eventEnd: [] as number[] };
        for (let i = 0; i < STEPS; i++) {
          cols.start.push(i & 4095);
          cols.end.push((i & 4095) + 9);
          cols.eventEnd.push(i >> 1);
        }
        return cols.start.length;
      },
    },
    {
      name: 'Int32Array chunks of 64K',
      run: () => {
        const CHUNK = 65536;
        const chunks: Int32Array[] = [];
        let chunk = new Int32Array(0);
        for (let i = 0; i < STEPS; i++) {
          const at = (i % CHUNK) * 3;
          if (at === 0) chunks.push((chunk = new Int32Array(CHUNK * 3)));
          chunk[at] = i & 4095;
          chunk[at + 1] = (i & 4095) + 9;
          chunk[at + 2] = i >> 1;
        }
        return chunks.length;
      },
    },
  ],
  STEPS,
  'step',
);

// ---- 4. The live snapshot's queue: filter out the dequeued job vs a head index --------------

const MOVES = 100_000;
const QUEUE = 1000;
report(
  `move a job through a ${QUEUE}-job queue`,
  [
    {
      name: 'filter by id on dequeue (today)',
      run: () => {
        let queue = Array.from({ length: QUEUE }, (_, id) => ({ id }));
        for (let i = 0; i < MOVES; i++) {
          const head = queue[0].id;
          queue = queue.filter((job) => job.id !== head);
          queue.push({ id: QUEUE + i });
        }
        return queue.length;
      },
    },
    {
      name: 'head index (dequeue of the first job)',
      run: () => {
        const queue = Array.from({ length: QUEUE }, (_, id) => ({ id }));
        let head = 0;
        for (let i = 0; i < MOVES; i++) {
          head++;
          queue.push({ id: QUEUE + i });
          if (head > 4096) {
            queue.splice(0, head); // compact now and then, as a ring buffer would
            head = 0;
          }
        }
        return queue.length - head;
      },
    },
  ],
  MOVES,
  'move',
);

// ---- 5. The whole interpreter: through tsx (keepNames) vs bundled as the app ships it -------

await bundleLoopscope();
const bundled = await loadLoopscope();
for (const program of ['loop', 'closures']) {
  const source = readFileSync(
    fileURLToPath(new URL(`./programs/${program}.js`, import.meta.url)),
    'utf8',
  );
  const options = { model: 'node' as const, stepLimit: 100_000_000 };
  report(
    `Loopscope on ${program}.js`,
    [
      { name: 'run through tsx (esbuild keepNames)', run: () => tsxLoopscope.run(source, options) },
      { name: 'bundled without keepNames', run: () => bundled.run(source, options) },
    ],
    1,
    'run',
  );
}

process.stdout.write(
  `\nMicro-benchmarks: median CPU ms of ${ROUNDS} alternating rounds\n` +
    tableToText({
      headings: ['experiment', 'variant', 'ms', 'per op', 'speed-up'],
      cells: rows,
      leftColumns: [0, 1],
    }) +
    '\n',
);
