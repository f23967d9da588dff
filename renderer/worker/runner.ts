/**
 * Runs programs in the interpreter worker. One run at a time: starting a run or cancelling
 * terminates the worker of the run before, so a runaway program cannot keep a core busy.
 *
 * Every run gets a fresh worker (nothing of one run can leak into the next), but not a cold one:
 * a spare worker is started ahead, when the runner is made and after each run, so loading the
 * interpreter (tens of milliseconds, more on a busy machine) is not part of the wait after Run.
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
  let spare: Worker | null = start();
  let worker: Worker | null = null;
  let nextId = 1;
  let pending: { id: number; resolve: (r: RunResult) => void } | null = null;

  const stop = () => {
    worker?.terminate();
    worker = null;
    if (pending) pending.resolve({ kind: 'cancelled' });
    pending = null;
  };

  return {
    run(source, model, stepLimit) {
      stop();
      const w = spare ?? start();
      spare = null;
      worker = w;
      const id = nextId++;
      return new Promise<RunResult>((resolve) => {
        pending = { id, resolve };
        w.onmessage = (event: MessageEvent<RunResponse>) => {
          if (!pending || event.data.id !== pending.id) return;
          pending = null;
          // This worker is done; the next run gets a fresh one, loaded while nobody waits.
          w.terminate();
          if (worker === w) worker = null;
          spare ??= start();
          const data = event.data;
          resolve(
            data.ok
              ? { kind: 'trace', trace: data.trace, millis: data.millis }
              : { kind: 'failed', error: data.error },
          );
        };
        w.onerror = (event) => {
          if (!pending || pending.id !== id) return;
          pending = null;
          resolve({
            kind: 'failed',
            error: event.message || 'the interpreter worker stopped unexpectedly',
          });
          stop();
        };
        const request: RunRequest = { id, source, model, stepLimit };
        w.postMessage(request);
      });
    },
    cancel() {
      stop();
      spare ??= start();
    },
  };
}
