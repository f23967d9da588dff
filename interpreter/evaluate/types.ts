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
 * An evaluation that has already finished with `value`, for `yield*`: the dispatchers return
 * the node's own generator, or this when the node was evaluated without one (suspends.ts). It
 * saves a generator per dispatch, and a level of `yield*` that every suspension passes through.
 */
class Finished<T> {
  // Assigned in the constructor only (see PromiseObject): one per plain dispatch.
  declare private readonly value: T;
  constructor(value: T) {
    this.value = value;
  }
  next(): IteratorResult<Suspend, T> {
    return { done: true, value: this.value };
  }
  return(value: T): IteratorResult<Suspend, T> {
    return { done: true, value };
  }
  throw(e: unknown): never {
    throw e;
  }
  [Symbol.iterator](): this {
    return this;
  }
}

export const finished = <T>(value: T): Gen<T> => new Finished(value) as unknown as Gen<T>;

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
