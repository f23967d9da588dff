import type { JSFunction, JSObject, Value } from '../realm/values';
import type { SourceRange } from '../trace/types';

/**
 * What an evaluation generator yields to the driver of its function body: only `await` and
 * `yield` suspend. `call` and `construct` ask the trampoline (drive.ts) to run an interpreted
 * call without host recursion; they never reach the drivers of async functions or generators.
 */
export type Suspend =
  | { kind: 'await'; value: Value }
  | { kind: 'yield'; value: Value }
  | { kind: 'call'; callee: JSFunction; thisArg: Value; args: Value[]; callSite: SourceRange }
  | {
      kind: 'construct';
      callee: JSFunction;
      args: Value[];
      newTarget: JSObject;
      callSite: SourceRange;
    };

/** How a suspended body is resumed: with a value, by a throw, or (generators) by a return. */
export type Resume =
  | { type: 'normal'; value: Value }
  | { type: 'throw'; value: Value }
  | { type: 'return'; value: Value };

/** An evaluation: a host generator that yields only at await/yield. */
export type Gen<T> = Generator<Suspend, T, Resume>;

/**
 * Completion records for statements (https://tc39.es/ecma262/#sec-completion-record-specification-type).
 * NON-SPEC: throw completions travel as host exceptions (ThrowSignal) instead, so that they
 * unwind through builtins that call back into interpreted code without a check at every call.
 */
export type Completion =
  | { type: 'normal'; value: Value }
  | { type: 'return'; value: Value }
  | { type: 'break'; target: string | null }
  | { type: 'continue'; target: string | null };

export const NORMAL: Completion = Object.freeze({ type: 'normal', value: undefined }) as Completion;

/** Host-side signal for a generator resumed with `return()`: unwinds through finally blocks. */
export class ReturnSignal {
  constructor(readonly value: Value) {}
}
