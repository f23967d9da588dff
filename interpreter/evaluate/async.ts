/**
 * Async functions (https://tc39.es/ecma262/#sec-async-functions-abstract-operations-async-function-start)
 * and Await (https://tc39.es/ecma262/#await). A body is a host generator that yields
 * `{ kind: 'await' }`; the driver here turns each such yield into a PerformPromiseThen whose
 * reaction job resumes the body — one job later for a native promise or a plain value, as V8 does.
 */
import type { ActiveFrame, Agent } from '../agent';
import { createAsyncGeneratorObject } from '../realm/builtins/asyncGenerator';
import {
  createPromise,
  performPromiseThen,
  promiseResolve,
  rejectPromise,
  resolvePromise,
  type InternalHandler,
  type PromiseObject,
} from '../realm/promise';
import { ThrowSignal, type JSObject, type Value } from '../realm/values';
import type { FrameView, SuspendedView } from '../trace/types';
import { IdCaption } from '../trace/encoding';
import type { ClosureFunction } from './functions';
import type { Gen, Resume, Suspend } from './types';
import { keepAlive } from '../keepAlive';

/** One running async function call or async generator object, as the trace names it. */
export interface Activation {
  id: number;
  name: string;
  kind: SuspendedView['kind'];
  /** The trace's names for each await's promise and continuation, made once per activation. */
  awaitOrigin: string;
  continuation: { jobKind: 'await-continuation'; label: string };
  /** The caption of each await's step, the promise's id apart. */
  suspendCaption: IdCaption;
}

export function newActivation(a: Agent, name: string, kind: Activation['kind']): Activation {
  return {
    id: a.newId(),
    name,
    kind,
    awaitOrigin: `await in ${name}`,
    continuation: { jobKind: 'await-continuation', label: `${name} (after await)` },
    suspendCaption: new IdCaption(
      `await suspends ${name}; its continuation waits for promise `,
      '',
    ),
  };
}

/** The reaction handlers Await creates (https://tc39.es/ecma262/#await steps 3-6): resume the body. */
class AwaitContinuation implements InternalHandler {
  // Fields assigned in the constructor only (see PromiseObject).
  declare private readonly a: Agent;
  declare private readonly activation: Activation;
  declare private readonly type: 'normal' | 'throw';
  declare private readonly resume: (how: Resume) => void;

  constructor(
    a: Agent,
    activation: Activation,
    type: 'normal' | 'throw',
    resume: (how: Resume) => void,
  ) {
    this.a = a;
    this.activation = activation;
    this.type = type;
    this.resume = resume;
    keepAlive(AwaitContinuation, this);
  }

  run(argument: Value): Value {
    this.a.recorder.resume(this.activation.id);
    this.resume({ type: this.type, value: argument });
    return undefined;
  }
}

/**
 * https://tc39.es/ecma262/#sec-asyncfunctionstart — runs the body until its first await, in
 * the caller's frame; every later stretch runs in a frame of its own, pushed by the job that
 * resumes it.
 */
export function startAsyncFunction(
  a: Agent,
  f: ClosureFunction,
  body: Gen<Value>,
  callerFrame?: ActiveFrame,
): JSObject {
  const name = f.debugName();
  const promise = createPromise(a, `async ${name}`);
  const activation = newActivation(a, name, 'async-function');
  const run = (how: Resume) => {
    for (;;) {
      let r: IteratorResult<Suspend, Value>;
      try {
        r = body.next(how);
      } catch (e) {
        if (!(e instanceof ThrowSignal)) throw e;
        // AsyncBlockStart step 2.g: a throw completion rejects the function's promise.
        rejectPromise(a, promise, e.value);
        return;
      }
      if (r.done) {
        // AsyncBlockStart step 2.f: resolve with the returned value (a promise takes 2 more ticks).
        resolvePromise(a, promise, r.value);
        return;
      }
      const request = r.value;
      if (request.kind !== 'await')
        throw new Error(`internal: '${request.kind}' reached an async function's driver`);
      const immediate = awaitWith(a, request.value, activation, onFulfilled, onRejected);
      if (!immediate) return;
      how = immediate;
    }
  };
  const resumeInFrame = (how: Resume) => {
    const frame = a.pushFrame(name, 'microtask', null, f, callerFrame?.scope ?? null);
    try {
      run(how);
    } finally {
      a.popFrame(frame);
    }
  };
  // Every await of the call resumes the body alike: one pair of handlers serves them all.
  const onFulfilled = new AwaitContinuation(a, activation, 'normal', resumeInFrame);
  const onRejected = new AwaitContinuation(a, activation, 'throw', resumeInFrame);
  run({ type: 'normal', value: undefined });
  return promise;
}

/**
 * https://tc39.es/ecma262/#await steps 2-9 for a body that yielded `{ kind: 'await', value }`:
 * `promise = PromiseResolve(%Promise%, value)`, then PerformPromiseThen(promise, onFulfilled,
 * onRejected) whose job calls `resume`. Returns null once suspended, or — when PromiseResolve
 * itself threw — the throw completion to resume the body with at once (step 2's `?`).
 */
export function suspendAtAwait(
  a: Agent,
  value: Value,
  activation: Activation,
  resume: (how: Resume) => void,
): Resume | null {
  return awaitWith(
    a,
    value,
    activation,
    new AwaitContinuation(a, activation, 'normal', resume),
    new AwaitContinuation(a, activation, 'throw', resume),
  );
}

/**
 * The one view every await's suspension is recorded through, filled in anew each time (as
 * recordPromise does): the recorder encodes it into numbers and keeps nothing of it.
 */
const suspendedView: SuspendedView = {
  id: 0,
  name: '',
  kind: 'async-function',
  reason: 'await',
  waitingOn: null,
  at: [0, 0],
};

/** suspendAtAwait with the reaction handlers (steps 3-6) made beforehand. */
function awaitWith(
  a: Agent,
  value: Value,
  activation: Activation,
  onFulfilled: AwaitContinuation,
  onRejected: AwaitContinuation,
): Resume | null {
  let promise: PromiseObject;
  try {
    promise = promiseResolve(
      a,
      a.intrinsics.Promise,
      value,
      activation.awaitOrigin,
    ) as PromiseObject;
  } catch (e) {
    if (e instanceof ThrowSignal) return { type: 'throw', value: e.value };
    throw e;
  }
  performPromiseThen(a, promise, onFulfilled, onRejected, null, activation.continuation);
  const at = a.currentRange;
  const view = suspendedView;
  view.id = activation.id;
  view.name = activation.name;
  view.kind = activation.kind;
  view.waitingOn = promise.id;
  view.at = at;
  a.recorder.suspend(view);
  a.recorder.stepWithId(at, activation.suspendCaption, promise.id);
  return null;
}

/** Async generator functions: the body starts on the first next(); see builtins/asyncGenerator.ts. */
export function startAsyncGenerator(
  a: Agent,
  f: ClosureFunction,
  body: Gen<Value>,
  _kind: FrameView['kind'],
): JSObject {
  return createAsyncGeneratorObject(a, f, body);
}
