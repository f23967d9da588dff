/** Messages between the UI and the interpreter worker. */
import type { Model, Trace } from '../../interpreter/trace/types';

export interface RunRequest {
  id: number;
  source: string;
  model: Model;
  stepLimit: number;
}

export type RunResponse =
  | { id: number; ok: true; trace: Trace; millis: number }
  /** The interpreter itself failed (a bug, not the program's error): say so, lose nothing. */
  | { id: number; ok: false; error: string };
