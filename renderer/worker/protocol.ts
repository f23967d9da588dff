/** Messages between the UI and the interpreter worker. */
import type { Model } from '../../interpreter/trace/types';

export interface RunRequest {
  id: number;
  source: string;
  model: Model;
  stepLimit: number;
}

export type RunResponse =
  /**
   * The trace as JSON text: one flat string crosses the worker boundary several times faster
   * than structured cloning a trace's many small objects (the trace is plain JSON by design).
   */
  | { id: number; ok: true; traceJson: string; millis: number }
  /** The interpreter itself failed (a bug, not the program's error): say so, lose nothing. */
  | { id: number; ok: false; error: string };
