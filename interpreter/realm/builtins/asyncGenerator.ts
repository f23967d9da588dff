/**
 * Async generator objects: https://tc39.es/ecma262/#sec-asyncgenerator-objects
 *
 * Each object keeps a queue of requests (next/return/throw, each with the promise capability it
 * answers). The body is a host generator; `yield` reaches the driver here already awaited (the
 * evaluator awaits the operand, see evaluate/asyncIteration.ts), so the driver performs
 * AsyncGeneratorYield, AsyncGeneratorCompleteStep, AsyncGeneratorAwaitReturn and
 * AsyncGeneratorDrainQueue in the spec's order: every promise settles on the tick V8 settles it.
 */
import type { Agent } from '../../agent';
import { newActivation, suspendAtAwait, type Activation } from '../../evaluate/async';
import { installAsyncFromSyncIteratorPrototype } from '../../evaluate/asyncIteration';
import type { ClosureFunction } from '../../evaluate/functions';
import { ReturnSignal, type Gen, type Resume, type Suspend } from '../../evaluate/types';
import { createIterResultObject } from '../iteration';
import { get } from '../operations';
import {
  newPromiseCapability,
  performPromiseThen,
  promiseResolve,
  type PromiseCapability,
  type PromiseObject,
} from '../promise';
import { isObject, JSObject, ThrowSignal, type Value } from '../values';
import { defineMethod } from './define';

type AsyncGeneratorState =
  'suspendedStart' | 'suspendedYield' | 'executing' | 'awaiting-return' | 'completed';

/** https://tc39.es/ecma262/#sec-asyncgeneratorrequest-records */
interface AsyncGeneratorRequest {
  completion: Resume;
  capability: PromiseCapability;
}

/** A completion the body finished with, or a step it yielded: https://tc39.es/ecma262/#sec-completion-record-specification-type */
type StepCompletion = { type: 'normal'; value: Value } | { type: 'throw'; value: Value };

export class AsyncGeneratorObject extends JSObject {
  override className = 'AsyncGenerator';
  state: AsyncGeneratorState = 'suspendedStart';
  readonly queue: AsyncGeneratorRequest[] = [];
  readonly activation: Activation;
  constructor(
    a: Agent,
    proto: JSObject,
    readonly func: ClosureFunction,
    readonly body: Gen<Value>,
  ) {
    super(proto);
    this.activation = newActivation(a, func.debugName(), 'async-generator');
  }
}

export function createAsyncGeneratorObject(
  a: Agent,
  f: ClosureFunction,
  body: Gen<Value>,
): AsyncGeneratorObject {
  const p = get(a, f, 'prototype');
  return new AsyncGeneratorObject(
    a,
    isObject(p) ? p : a.intrinsics.AsyncGeneratorPrototype,
    f,
    body,
  );
}

/** https://tc39.es/ecma262/#sec-asyncgeneratorcompletestep */
function completeStep(
  a: Agent,
  g: AsyncGeneratorObject,
  completion: StepCompletion,
  done: boolean,
): void {
  const next = g.queue.shift()!;
  const { capability } = next;
  if (completion.type === 'throw') {
    a.call(capability.reject, undefined, [completion.value]);
  } else {
    const iteratorResult = createIterResultObject(a, completion.value, done);
    a.call(capability.resolve, undefined, [iteratorResult]);
  }
}

/**
 * https://tc39.es/ecma262/#sec-asyncgeneratorresume — runs the body from where it stopped until
 * it awaits, yields to an empty queue, or completes. `frameKind` says who resumed it: a call of
 * next()/return()/throw(), or an await continuation job. A body stopped at a yield first
 * unwraps the resumption (a return request awaits its value there).
 */
function resume(
  a: Agent,
  g: AsyncGeneratorObject,
  completion: Resume,
  frameKind: 'call' | 'microtask',
  atYield = false,
): void {
  g.state = 'executing';
  const frame = a.pushFrame(g.activation.name, frameKind, null, g.func);
  try {
    const how = atYield ? unwrapYieldResumption(a, g, completion) : completion;
    if (how) runBody(a, g, how);
  } finally {
    a.popFrame(frame);
  }
}

/**
 * https://tc39.es/ecma262/#sec-asyncgeneratorunwrapyieldresumption — the completion to resume
 * the body with now, or null when a return request's value is being awaited first.
 */
function unwrapYieldResumption(
  a: Agent,
  g: AsyncGeneratorObject,
  resumption: Resume,
): Resume | null {
  if (resumption.type !== 'return') return resumption;
  return suspendAtAwait(a, resumption.value, g.activation, (awaited) =>
    resume(
      a,
      g,
      awaited.type === 'normal' ? { type: 'return', value: awaited.value } : awaited,
      'microtask',
    ),
  );
}

function runBody(a: Agent, g: AsyncGeneratorObject, completion: Resume): void {
  let how = completion;
  for (;;) {
    let r: IteratorResult<Suspend, Value>;
    try {
      r = g.body.next(how);
    } catch (e) {
      // AsyncGeneratorStart step 4: a throw rejects the request; a return fulfills it.
      if (e instanceof ThrowSignal) return finish(a, g, { type: 'throw', value: e.value });
      if (e instanceof ReturnSignal) return finish(a, g, { type: 'normal', value: e.value });
      throw e;
    }
    if (r.done) return finish(a, g, { type: 'normal', value: r.value });
    const request = r.value;
    if (request.kind === 'await') {
      const immediate = suspendAtAwait(a, request.value, g.activation, (h) =>
        resume(a, g, h, 'microtask'),
      );
      if (!immediate) return;
      how = immediate;
      continue;
    }
    if (request.kind !== 'yield')
      throw new Error("internal: a call request reached an async generator's driver");
    // https://tc39.es/ecma262/#sec-asyncgeneratoryield
    a.recorder.step(
      a.currentRange,
      `${g.activation.name} yields: the promise of its oldest next() request settles`,
    );
    completeStep(a, g, { type: 'normal', value: request.value }, false);
    if (g.queue.length === 0) {
      // 12. Suspend until the next request.
      g.state = 'suspendedYield';
      a.recorder.suspend({
        id: g.activation.id,
        name: g.activation.name,
        kind: 'async-generator',
        reason: 'yield',
        waitingOn: null,
        at: a.currentRange,
      });
      return;
    }
    // 11. A request is already waiting: continue without suspending.
    const next = unwrapYieldResumption(a, g, g.queue[0].completion);
    if (!next) return;
    how = next;
  }
}

/** AsyncGeneratorStart steps 4.d-h: the body has completed. */
function finish(a: Agent, g: AsyncGeneratorObject, result: StepCompletion): void {
  g.state = 'completed';
  completeStep(a, g, result, true);
  drainQueue(a, g);
}

/** https://tc39.es/ecma262/#sec-asyncgeneratordrainqueue */
function drainQueue(a: Agent, g: AsyncGeneratorObject): void {
  while (g.queue.length > 0) {
    const completion = g.queue[0].completion;
    if (completion.type === 'return') {
      g.state = 'awaiting-return';
      awaitReturn(a, g);
      return;
    }
    completeStep(
      a,
      g,
      completion.type === 'throw' ? completion : { type: 'normal', value: undefined },
      true,
    );
  }
}

/** https://tc39.es/ecma262/#sec-asyncgeneratorawaitreturn */
function awaitReturn(a: Agent, g: AsyncGeneratorObject): void {
  const completion = g.queue[0].completion;
  let promise: PromiseObject;
  try {
    promise = promiseResolve(
      a,
      a.intrinsics.Promise,
      completion.value,
      `${g.activation.name}.return()`,
    ) as PromiseObject;
  } catch (e) {
    if (!(e instanceof ThrowSignal)) throw e;
    // 7. An abrupt PromiseResolve completes the request with it.
    g.state = 'completed';
    completeStep(a, g, { type: 'throw', value: e.value }, true);
    drainQueue(a, g);
    return;
  }
  const settle = (type: 'normal' | 'throw') => ({
    run(value: Value): Value {
      g.state = 'completed';
      completeStep(a, g, { type, value }, true);
      drainQueue(a, g);
      return undefined;
    },
  });
  performPromiseThen(a, promise, settle('normal'), settle('throw'), null, {
    jobKind: 'promise-reaction',
    label: `${g.activation.name}.return() completes`,
  });
}

export function installAsyncGenerators(a: Agent): void {
  installAsyncFromSyncIteratorPrototype(a);
  const AGP = a.intrinsics.AsyncGeneratorPrototype;
  /**
   * AsyncGeneratorValidate: a wrong receiver rejects the returned promise (it does not throw).
   * https://tc39.es/ecma262/#sec-asyncgeneratorvalidate
   */
  const request = (method: 'next' | 'return' | 'throw', thisArg: Value, value: Value): Value => {
    const capability = newPromiseCapability(a, a.intrinsics.Promise, `${method}()`);
    if (!(thisArg instanceof AsyncGeneratorObject)) {
      const receiver = isObject(thisArg) ? '#<Object>' : String(thisArg);
      const error = a.makeError(
        'TypeError',
        `${method} method called on incompatible receiver ${receiver}`,
      );
      a.call(capability.reject, undefined, [error]);
      return capability.promise;
    }
    const g = thisArg;
    const completion: Resume = { type: method === 'next' ? 'normal' : method, value };
    let state = g.state;
    // AsyncGenerator.prototype.throw step 7: a throw at the start completes the generator.
    if (method === 'throw' && state === 'suspendedStart') {
      g.state = 'completed';
      state = 'completed';
    }
    if (state === 'completed' && method !== 'return') {
      if (method === 'throw') a.call(capability.reject, undefined, [value]);
      else a.call(capability.resolve, undefined, [createIterResultObject(a, undefined, true)]);
      return capability.promise;
    }
    // https://tc39.es/ecma262/#sec-asyncgeneratorenqueue
    g.queue.push({ completion, capability });
    if (method === 'return' && (state === 'suspendedStart' || state === 'completed')) {
      g.state = 'awaiting-return';
      awaitReturn(a, g);
    } else if (state === 'suspendedStart' || state === 'suspendedYield') {
      a.recorder.resume(g.activation.id);
      resume(a, g, completion, 'call', state === 'suspendedYield');
    }
    // Otherwise the generator is running or awaiting: the request waits in its queue.
    return capability.promise;
  };
  defineMethod(a, AGP, 'next', 1, (t, args) => request('next', t, args[0]));
  defineMethod(a, AGP, 'return', 1, (t, args) => request('return', t, args[0]));
  defineMethod(a, AGP, 'throw', 1, (t, args) => request('throw', t, args[0]));
}
