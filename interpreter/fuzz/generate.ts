/**
 * A seeded generator of random event-loop programs: promise chains, async functions awaiting
 * every kind of value (plain, native promise, thenable, subclass, timer-resolved), timers,
 * intervals, queueMicrotask, process.nextTick, setImmediate, combinators, finally and async
 * generators, nested in each other's callbacks, each logging a unique label.
 *
 * Programs must behave the same on every run of the real runtime, or a difference would prove
 * nothing. So: every rejection is handled; the program proper runs in a timer callback (see
 * `program()`); timer delays are multiples of TIMER_UNIT (never 0 or 1, which race setImmediate);
 * and `acceptable()` rejects a program whose timers, as the model schedules them, fall due closer
 * than TIMER_UNIT apart (more for later runs of an interval, which drift) — or at the same moment
 * from lists of different durations — since real timers fire late and near-ties go either way.
 */
import { decodeEvents } from '../trace/snapshot';
import type { Model, Trace } from '../trace/types';

/** Every timer delay is a multiple of this many milliseconds. */
export const TIMER_UNIT = 50;
/** How much later each further run of an interval may drift in real Node (it re-arms from when it ran). */
export const INTERVAL_DRIFT = 10;

/** mulberry32: a small, good-enough seeded PRNG. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of the i-th program of a run seeded with `seed`. */
export function programSeed(seed: number, i: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(i + 1, 0xc2b2ae35)) >>> 0;
}

export interface GeneratorOptions {
  model: Model;
  /** Roughly how many statements a program has. */
  size?: number;
}

class Generator {
  private readonly random: () => number;
  private label = 0;
  private budget: number;
  private usesSubclass = false;
  private usesThenable = false;
  private usesSleep = false;
  private generators: string[] = [];
  private readonly node: boolean;

  constructor(
    seed: number,
    private readonly options: GeneratorOptions,
  ) {
    this.random = rng(seed);
    this.budget = options.size ?? 14;
    this.node = options.model === 'node';
  }

  private int(n: number): number {
    return Math.floor(this.random() * n);
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  private nextLabel(): string {
    return `L${++this.label}`;
  }

  private delay(): number {
    return TIMER_UNIT * (1 + this.int(4));
  }

  private log(extra = ''): string {
    return `log('${this.nextLabel()}'${extra});`;
  }

  program(): string {
    const body = this.block(0, 3 + this.int(5));
    const head = [
      `// fuzz program (model: ${this.options.model})`,
      'const log = (s) => console.log(s);',
    ];
    if (this.usesSleep)
      head.push(
        'const sleep = (ms, v) => new Promise((resolve) => setTimeout(() => resolve(v), ms));',
      );
    if (this.usesThenable) {
      head.push("const thenable = (v) => ({ then(resolve) { log('then ' + v); resolve(v); } });");
      head.push(
        "const lateThenable = (v) => ({ then(resolve) { log('late then ' + v); queueMicrotask(() => resolve(Promise.resolve(v))); } });",
      );
    }
    if (this.usesSubclass) head.push('class Sub extends Promise {}');
    // The program proper starts in a timer callback: real Node runs the main script's first
    // microtasks 10-30 ms after the script (bootstrap work), which would shift every timer they
    // start against the script's own; inside the loop, callbacks and their microtasks are prompt.
    const main = ['setTimeout(function main() {', ...body.map((l) => `  ${l}`), '}, 0);'];
    return [...head, ...this.generators, ...main].join('\n') + '\n';
  }

  /** A list of statements at `depth`; callbacks nest further. */
  private block(depth: number, count: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      if (this.budget-- <= 0) {
        out.push(this.log());
        continue;
      }
      out.push(this.statement(depth));
    }
    return out;
  }

  private body(depth: number): string {
    if (depth >= 3) return this.log();
    const lines = this.block(depth + 1, 1 + this.int(depth === 0 ? 3 : 2));
    return lines.join(' ');
  }

  private statement(depth: number): string {
    const kinds: (() => string)[] = [
      () => this.log(),
      () => this.log(),
      () => this.promiseChain(depth),
      () => this.promiseChain(depth),
      () => `queueMicrotask(() => { ${this.body(depth)} });`,
      () => `setTimeout(() => { ${this.body(depth)} }, ${this.delay()});`,
      () => this.interval(depth),
      () => this.asyncFunction(depth),
      () => this.asyncFunction(depth),
      () => this.combinator(),
      () => this.executor(depth),
      () => this.asyncGenerator(),
    ];
    if (this.node) {
      kinds.push(
        () => `process.nextTick(() => { ${this.body(depth)} });`,
        () => `setImmediate(() => { ${this.body(depth)} });`,
      );
    }
    return this.pick(kinds)();
  }

  /** An expression for a promise that fulfills (with `v`); `mayReject` allows a rejected one. */
  private promise(v: string, mayReject: boolean): string {
    const kinds: (() => string)[] = [
      () => `Promise.resolve(${v})`,
      () => `new Promise((resolve) => resolve(${v}))`,
      () => {
        this.usesSleep = true;
        return `sleep(${this.delay()}, ${v})`;
      },
      () => {
        this.usesThenable = true;
        return `Promise.resolve(thenable(${v}))`;
      },
      () => {
        this.usesSubclass = true;
        return `Sub.resolve(${v})`;
      },
      () => `Promise.resolve(${v}).then((x) => x)`,
      () => `(async () => ${v})()`,
    ];
    if (mayReject) kinds.push(() => `Promise.reject(new Error(${v}))`);
    return this.pick(kinds)();
  }

  /** What an await or a then handler may produce. */
  private value(): string {
    const v = `'${this.nextLabel()}'`;
    const kinds: (() => string)[] = [
      () => v,
      () => this.promise(v, false),
      () => {
        this.usesThenable = true;
        return `thenable(${v})`;
      },
      () => {
        this.usesThenable = true;
        return `lateThenable(${v})`;
      },
    ];
    return this.pick(kinds)();
  }

  private promiseChain(depth: number): string {
    const mayReject = this.chance(0.3);
    let chain = this.promise(`'${this.nextLabel()}'`, mayReject);
    const links = 1 + this.int(3);
    for (let i = 0; i < links; i++) {
      const r = this.int(10);
      if (r < 5)
        chain += `.then((v) => { log('${this.nextLabel()} ' + v); ${depth < 2 && this.chance(0.4) ? this.body(depth + 1) : ''} return ${this.value()}; })`;
      else if (r < 7) chain += `.finally(() => { ${this.log()} })`;
      else if (r < 8) chain += `.then(() => { throw new Error('${this.nextLabel()}'); })`;
      else chain += `.catch((e) => { log('caught ' + e.message); return 'recovered'; })`;
    }
    // Every chain ends handled: a rejection must never reach the runtime's report.
    return `${chain}.catch((e) => log('caught ' + e.message));`;
  }

  private interval(depth: number): string {
    const n = 1 + this.int(3);
    const name = this.nextLabel();
    return `{ let n = 0; const id = setInterval(() => { log('${name} ' + n); if (++n === ${n}) clearInterval(id); ${depth < 2 && this.chance(0.3) ? this.body(depth + 1) : ''} }, ${this.delay()}); }`;
  }

  private asyncFunction(depth: number): string {
    const steps: string[] = [this.log()];
    const awaits = 1 + this.int(3);
    for (let i = 0; i < awaits; i++) {
      const r = this.int(10);
      if (r < 7) steps.push(`log('${this.nextLabel()} ' + (await ${this.value()}));`);
      else if (r < 9) {
        steps.push(
          `try { await ${this.promise(`'${this.nextLabel()}'`, true)}; ${this.log()} } catch (e) { log('caught ' + e.message); }`,
        );
      } else steps.push(`await null; ${depth < 2 ? this.body(depth + 1) : this.log()}`);
    }
    const returns = this.chance(0.5) ? `return ${this.value()};` : '';
    const call = `(async () => { ${steps.join(' ')} ${returns} })()`;
    return `${call}.then((v) => log('${this.nextLabel()} ' + v));`;
  }

  private combinator(): string {
    const kind = this.pick(['all', 'allSettled', 'race', 'any'] as const);
    const n = 1 + this.int(3);
    const items: string[] = [];
    for (let i = 0; i < n; i++)
      items.push(
        this.chance(0.2)
          ? `'${this.nextLabel()}'`
          : this.promise(`'${this.nextLabel()}'`, kind !== 'race'),
      );
    const show =
      kind === 'allSettled'
        ? "rs.map((r) => r.status).join(',')"
        : kind === 'race' || kind === 'any'
          ? 'String(rs)'
          : "rs.join(',')";
    return `Promise.${kind}([${items.join(', ')}]).then((rs) => log('${this.nextLabel()} ' + ${show})).catch((e) => log('${this.nextLabel()} ' + e.constructor.name));`;
  }

  private executor(depth: number): string {
    const settle = this.chance(0.5)
      ? `resolve('${this.nextLabel()}');`
      : `setTimeout(() => resolve('${this.nextLabel()}'), ${this.delay()});`;
    return `new Promise((resolve) => { ${this.log()} ${settle} ${depth < 2 && this.chance(0.3) ? this.body(depth + 1) : ''} }).then((v) => log('${this.nextLabel()} ' + v));`;
  }

  private asyncGenerator(): string {
    const name = `gen${this.generators.length + 1}`;
    const parts: string[] = [];
    const yields = 1 + this.int(3);
    for (let i = 0; i < yields; i++) {
      if (this.chance(0.4)) parts.push(`await ${this.value()};`);
      parts.push(`yield ${this.chance(0.5) ? this.value() : `'${this.nextLabel()}'`};`);
    }
    this.generators.push(
      `async function* ${name}() { try { ${parts.join(' ')} } finally { log('${name} finally'); } }`,
    );
    if (this.chance(0.4)) {
      // Drive it by hand: requests queue up while it runs (AsyncGeneratorEnqueue), return() ends it.
      const calls = [
        `it.next('${this.nextLabel()}')`,
        'it.next()',
        this.chance(0.5) ? `it.return('${this.nextLabel()}')` : 'it.next()',
      ];
      return `{ const it = ${name}(); ${calls.map((c) => `${c}.then((r) => log('${this.nextLabel()} ' + r.value + ' ' + r.done));`).join(' ')} }`;
    }
    return `(async () => { for await (const v of ${name}()) log('${this.nextLabel()} ' + v); ${this.log()} })();`;
  }
}

export function generateProgram(seed: number, options: GeneratorOptions): string {
  return new Generator(seed, options).program();
}

/**
 * Whether the real runtime will run this program the same way every time: its timers, as the
 * model schedules them, fall due at least TIMER_UNIT apart, or together only when they share a
 * duration (one of Node's timer lists, which keeps insertion order).
 */
export function acceptable(trace: Trace): boolean {
  if (trace.outcome.kind !== 'completed') return false;
  const due: { at: number; delay: number; drift: number }[] = [];
  const runs = new Map<number, number>();
  // Two timers of one duration started in the same callback share a timers phase only if no
  // millisecond boundary passed between their starts; if not, a check phase runs between them.
  // So with setImmediate about, timers may not fall due together at all.
  const events = decodeEvents(trace);
  const immediates = events.some((e) => e.type === 'task-enqueue' && e.task.source === 'immediate');
  for (const e of events) {
    if (
      e.type === 'host-add' &&
      (e.work.kind === 'timeout' || e.work.kind === 'interval') &&
      e.work.dueAt !== null
    ) {
      const n = runs.get(e.work.id) ?? 0;
      runs.set(e.work.id, n + 1);
      due.push({ at: e.work.dueAt, delay: e.work.delay, drift: n * INTERVAL_DRIFT });
    }
  }
  due.sort((x, y) => x.at - y.at);
  for (let i = 0; i < due.length; i++) {
    for (let j = i + 1; j < due.length; j++) {
      const gap = due[j].at - due[i].at;
      if (gap >= TIMER_UNIT + 3 * INTERVAL_DRIFT) break;
      if (
        gap === 0 &&
        !immediates &&
        due[i].delay === due[j].delay &&
        due[i].drift === 0 &&
        due[j].drift === 0
      )
        continue;
      if (gap < TIMER_UNIT + due[i].drift + due[j].drift) return false;
    }
  }
  return true;
}
