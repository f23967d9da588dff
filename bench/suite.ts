/**
 * What a benchmark suite is. A suite measures one area (the interpreter, the trace, the app) and
 * hands back its figures; `bench/run.ts` prints them, keeps them in `bench/results.json` and
 * renders the README section. Figures, never assertions: a noisy machine makes numbers worse,
 * it never makes the bench fail.
 *
 * To add a suite (e.g. the app in Chromium through Playwright): write `bench/suites/<name>.ts`
 * exporting a `Suite`, and list it in `SUITES` in `bench/run.ts`.
 */

/** One row of figures as results.json keeps it: raw numbers (ms, bytes, ratios), no formatting. */
export type Row = Record<string, string | number | boolean | null | number[]>;

/** A printable table: headings and already-formatted cells, one array per row. */
export interface Table {
  headings: string[];
  cells: string[][];
  /** Columns to align left (text); the rest align right (figures). Defaults to the first. */
  leftColumns?: number[];
}

/** A target from the issue, checked against this run's figures. */
export interface TargetCheck {
  target: string;
  measured: string;
  /** null when this run could not measure it. */
  met: boolean | null;
}

export interface SuiteResult {
  rows: Row[];
  tables: Array<{ title: string; table: Table }>;
  targets: TargetCheck[];
  /** Caveats a reader of the figures needs (what was skipped and why, what a column means). */
  notes: string[];
}

export interface BenchOptions {
  /** Timed runs per measurement (the median is reported). */
  runs: number;
  /**
   * Processes an interpreter measurement is spread over, the engines taking turns (see the
   * interpreter suite's measureProgram).
   */
  rounds: number;
  /** Untimed runs before the timed ones, so every engine is measured warm. */
  warmup: number;
  /**
   * Which clock timings are read on: `cpu` (user + system time of the measuring process, all its
   * threads: robust when other work shares the cores) or `wall`. Both are kept in results.json.
   */
  clock: 'cpu' | 'wall';
  /** Only these programs of the interpreter suite, when given. */
  programs: string[] | null;
  /** Prints progress to stderr (stdout carries the table). */
  log(message: string): void;
}

export interface Suite {
  name: string;
  title: string;
  run(options: BenchOptions): Promise<SuiteResult>;
}
