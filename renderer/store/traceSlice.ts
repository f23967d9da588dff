import type { StateCreator } from 'zustand/vanilla';
import type { Trace } from '../../interpreter/trace/types';
import { indexTrace, type TraceIndex } from '../scene/traceIndex';
import type { ProgramRunner } from '../worker/runner';
import type { Store } from './types';

export type RunStatus = 'idle' | 'running' | 'ready' | 'failed';

/** The app's default step limit, the interpreter's own (a runaway program stops within a second). */
export const DEFAULT_UI_STEP_LIMIT = 1_000_000;

/** The step limits the controls offer; a session file may hold another. */
export const STEP_LIMITS = [10_000, 100_000, 1_000_000, 5_000_000] as const;

export interface TraceSlice {
  trace: Trace | null;
  index: TraceIndex | null;
  /** The source the trace was made from; when the editor differs, the trace is stale. */
  traceSource: string | null;
  runStatus: RunStatus;
  /** Why the interpreter could not produce a trace (its own failure, not the program's). */
  runError: string | null;
  runMillis: number | null;
  stepLimit: number;
  /** Runs the editor's program in the worker. `step` is where to stand afterwards; `play` starts playing. */
  runProgram(options?: { step?: number; play?: boolean }): Promise<void>;
  cancelRun(): void;
  setStepLimit(limit: number): void;
  /** Installs a trace (from a run, a file, or a test). */
  setTrace(trace: Trace, step?: number): void;
}

export const createTraceSlice =
  (runner: ProgramRunner): StateCreator<Store, [], [], TraceSlice> =>
  (set, get) => ({
    trace: null,
    index: null,
    traceSource: null,
    runStatus: 'idle',
    runError: null,
    runMillis: null,
    stepLimit: DEFAULT_UI_STEP_LIMIT,
    async runProgram(options = {}) {
      const { source, model, stepLimit } = get();
      set({ runStatus: 'running', runError: null, playing: false });
      const result = await runner.run(source, model, stepLimit);
      if (result.kind === 'cancelled') {
        // A newer run replaced this one, or the user cancelled: only the latter changes status.
        if (get().runStatus === 'running' && get().source === source)
          set({ runStatus: get().trace ? 'ready' : 'idle' });
        return;
      }
      if (result.kind === 'failed') {
        set({ runStatus: 'failed', runError: result.error });
        return;
      }
      get().setTrace(result.trace, options.step ?? 0);
      set({
        runMillis: result.millis,
        playing: options.play === true && result.trace.steps.length > 1,
      });
    },
    cancelRun() {
      runner.cancel();
      set({ runStatus: get().trace ? 'ready' : 'idle' });
    },
    setStepLimit(limit) {
      const stepLimit = Math.max(1000, Math.floor(limit));
      if (stepLimit === get().stepLimit) return;
      set({ stepLimit });
      // As a model switch does: the trace on screen was made under the old limit.
      if (get().trace) void get().runProgram({ step: 0 });
    },
    setTrace(trace, step = 0) {
      const index = indexTrace(trace);
      const last = Math.max(0, index.stepCount - 1);
      set({
        trace,
        index,
        traceSource: trace.source,
        runStatus: 'ready',
        runError: null,
        step: Math.max(0, Math.min(step, last)),
        direction: 1,
        playing: false,
        // A selection names steps of the trace it was made on.
        timelineSelection: null,
      });
    },
  });
