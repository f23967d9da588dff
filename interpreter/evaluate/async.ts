/**
 * Async functions: https://tc39.es/ecma262/#sec-async-functions-abstract-operations-async-function-start
 * and Await: https://tc39.es/ecma262/#await. The body is a host generator that yields
 * `{ kind: 'await' }`; this driver turns each yield into a PerformPromiseThen whose reaction job
 * resumes it, exactly one job later for a native promise.
 */
import type { ActiveFrame, Agent } from '../agent';
import {
  createPromise,
  performPromiseThen,
  promiseResolve,
  rejectPromise,
  resolvePromise,
  type PromiseObject,
} from '../realm/promise';
import { ThrowSignal, type JSObject, type Value } from '../realm/values';
import type { FrameView } from '../trace/types';
import type { ClosureFunction } from './functions';
import type { Gen, Resume } from './types';

/** https://tc39.es/ecma262/#sec-asyncfunctionstart; runs until the first await, in the caller's frame. */
export function startAsyncFunction(a: Agent, f: ClosureFunction, body: Gen<Value>, frame: ActiveFrame): JSObject {
  const promise = createPromise(a, `async ${f.debugName()}`);
  const name = f.debugName();
  const resume = (how: Resume) => {
    let r: IteratorResult<unknown, Value>;
    try {
      r = body.next(how);
    } catch (e) {
      if (!(e instanceof ThrowSignal)) throw e;
      rejectPromise(a, promise, e.value);
      return;
    }
    if (r.done) {
      resolvePromise(a, promise, r.value);
      return;
    }
    awaitValue(a, (r.value as { value: Value }).value, name, promise, resume);
  };
  void frame;
  resume({ type: 'normal', value: undefined });
  return promise;
}

/**
 * https://tc39.es/ecma262/#await steps 2-9: the continuation becomes a reaction on
 * PromiseResolve(%Promise%, value); when its job runs, the function's frame is pushed again.
 */
export function awaitValue(a: Agent, value: Value, name: string, owner: PromiseObject | null, resume: (how: Resume) => void): void {
  const promise = promiseResolve(a, a.intrinsics.Promise, value, 'await') as PromiseObject;
  const continueWith = (type: 'normal' | 'throw') => ({
    run(argument: Value): Value {
      const frame = a.pushFrame(name, 'microtask', null, null);
      try {
        resume({ type, value: argument });
      } finally {
        a.popFrame(frame);
      }
      return undefined;
    },
  });
  performPromiseThen(a, promise, continueWith('normal'), continueWith('throw'), null, {
    jobKind: 'await-continuation',
    label: `${name} (after await)`,
  });
  a.recorder.step(a.currentRange, `await suspends ${name}; its continuation waits for promise #${promise.id}${owner ? '' : ''}`);
}

export function startAsyncGenerator(a: Agent, f: ClosureFunction, _body: Gen<Value>, _kind: FrameView['kind']): JSObject {
  throw a.typeError(`async generators are not supported yet (${f.debugName()})`);
}
