/**
 * Runs programs in the interpreter worker. One run at a time: starting a run or cancelling
 * terminates the worker of a run under way, so a runaway program cannot keep a core busy.
 *
 * A worker that finished its run is kept for the next one: V8 keeps the interpreter's compiled
 * code (Run to first frame of a 100,000-step program: 92–120 ms in a fresh worker, 27–41 ms in a
 * used one; bench/NOTES.md, session 10). Nothing of the program is carried over: every run
 * makes its own realm, parse and trace (a trace is the same from a used worker as from a fresh
 * one, tested). A worker whose run failed or was cancelled is thrown away; then a fresh one is
 * started ahead (when the runner is made, too), so loading the interpreter (tens of
 * milliseconds, more on a busy machine) is not part of the wait after Run.
 */
import type { Model, Trace } from '../../interpreter/trace/types';
import type { RunRequest, RunResponse } from './protocol';

export type RunResult =
  | { kind: 'trace'; trace: Trace; millis: number }
  | { kind: 'failed'; error: string }
  | { kind: 'cancelled' };

export interface ProgramRunner {
  run(source: string, model: Model, stepLimit: number): Promise<RunResult>;
  cancel(): void;
}

export function createWorkerRunner(): ProgramRunner {
  const start = () =>
    new Worker(new URL('./interpreter.worker.ts', import.meta.url), { type: 'module' });
  /** The worker the next run starts in: the last run's, or a fresh one started ahead. */
  let ready: Worker | null = start();
  /** The worker of the run under way. */
  let worker: Worker | null = null;
  let nextId = 1;
  let pending: { id: number; resolve: (r: RunResult) => void } | null = null;

  const stop = () => {
    worker?.terminate();
    worker = null;
    if (pending) pending.resolve({ kind: 'cancelled' });
    pending = null;
  };
  /** Stops the run under way and has a fresh worker ready (unless one is). */
  const discard = () => {
    stop();
    ready ??= start();
  };

  return {
    run(source, model, stepLimit) {
      stop();
      const w = ready ?? start();
      ready = null;
      worker = w;
      const id = nextId++;
      return new Promise<RunResult>((resolve) => {
        pending = { id, resolve };
        w.onmessage = (event: MessageEvent<RunResponse>) => {
          if (!pending || event.data.id !== pending.id) return;
          pending = null;
          const data = event.data;
          if (data.ok) {
            worker = null;
            ready = w;
            resolve({ kind: 'trace', trace: data.trace, millis: data.millis });
          } else {
            discard();
            resolve({ kind: 'failed', error: data.error });
          }
        };
        w.onerror = (event) => {
          if (!pending || pending.id !== id) return;
          pending = null;
          discard();
          resolve({
            kind: 'failed',
            error: event.message || 'the interpreter worker stopped unexpectedly',
          });
        };
        const request: RunRequest = { id, source, model, stepLimit };
        w.postMessage(request);
      });
    },
    cancel: discard,
  };
}
