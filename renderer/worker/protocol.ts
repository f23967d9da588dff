/** Messages between the UI and the interpreter worker. */
import type { Model, Trace } from '../../interpreter/trace/types';

export interface RunRequest {
  id: number;
  source: string;
  model: Model;
  stepLimit: number;
}

export type RunResponse =
  /**
   * The trace, its number columns' buffers transferred (not copied): the rest of it is a few
   * small lists (texts, keyframes, console lines).
   */
  | { id: number; ok: true; trace: Trace; millis: number }
  /** The interpreter itself failed (a bug, not the program's error): say so, lose nothing. */
  | { id: number; ok: false; error: string };
