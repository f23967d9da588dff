/**
 * Async iteration: for await…of (https://tc39.es/ecma262/#sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset),
 * CreateAsyncFromSyncIterator (https://tc39.es/ecma262/#sec-createasyncfromsynciterator), and
 * `yield` / `yield*` / `return` inside async generators, each with the awaits the spec puts there
 * — the ticks a for-await loop takes are observable, so none is skipped or added.
 */
import type * as ESTree from 'estree';
import type { Agent } from '../agent';
import {
  createIterResultObject,
  getIteratorFromMethod,
  iteratorCloseQuietly,
  iteratorStepResult,
  type IteratorRecord,
} from '../realm/iteration';
import { get, getMethod, toBoolean } from '../realm/operations';
import {
  newPromiseCapability,
  performPromiseThen,
  promiseResolve,
  type PromiseCapability,
  type PromiseObject,
} from '../realm/promise';
import { isObject, JSFunction, JSObject, ThrowSignal, type Value } from '../realm/values';
import { defineMethod } from '../realm/builtins/define';
import { awaitValue } from './await';
import { ClosureFunction } from './functions';
import type { Scope } from './scope';
import { ReturnSignal, type Gen, type Resume } from './types';
import { returnAwaits } from './suspends';

/** GetIterator(obj, async): https://tc39.es/ecma262/#sec-getiterator */
export function getAsyncIterator(a: Agent, v: Value): IteratorRecord {
  const method = getMethod(a, v, Symbol.asyncIterator);
  if (method) return getIteratorFromMethod(a, v, method);
  const syncMethod = getMethod(a, v, Symbol.iterator);
  if (!syncMethod) throw a.typeError(`${describe(v)} is not async iterable`);
  return createAsyncFromSyncIterator(a, getIteratorFromMethod(a, v, syncMethod));
}

function describe(v: Value): string {
  if (v instanceof JSFunction) return v.debugName();
  if (isObject(v)) return 'object';
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}

/** One step of for await…of: Call(next), Await, then IteratorComplete / IteratorValue. */
export function* asyncIteratorStep(
  a: Agent,
  it: IteratorRecord,
): Gen<{ done: boolean; value: Value }> {
  let result: Value;
  try {
    result = a.call(it.nextMethod, it.iterator, []);
    result = yield* awaitValue(result);
  } catch (e) {
    it.done = true;
    throw e;
  }
  return iteratorStepResult(a, it, result);
}

/** https://tc39.es/ecma262/#sec-asynciteratorclose (for a normal completion; the caller keeps a throw's reason). */
export function* asyncIteratorClose(a: Agent, it: IteratorRecord): Gen<void> {
  const ret = getMethod(a, it.iterator, 'return');
  if (!ret) return;
  const r = a.call(ret, it.iterator, []);
  const awaited = yield* awaitValue(r);
  if (!isObject(awaited)) throw a.typeError('iterator.return() did not return an object');
}

// ---- %AsyncFromSyncIteratorPrototype% ----------------------------------------------------------

class AsyncFromSyncIterator extends JSObject {
  constructor(
    proto: JSObject,
    readonly syncIteratorRecord: IteratorRecord,
  ) {
    super(proto);
  }
}

const asyncFromSyncPrototypes = new WeakMap<Agent, JSObject>();

/** https://tc39.es/ecma262/#sec-createasyncfromsynciterator */
function createAsyncFromSyncIterator(a: Agent, syncIteratorRecord: IteratorRecord): IteratorRecord {
  const proto = asyncFromSyncPrototypes.get(a)!;
  const iterator = new AsyncFromSyncIterator(proto, syncIteratorRecord);
  return { iterator, nextMethod: get(a, iterator, 'next'), done: false };
}

/** https://tc39.es/ecma262/#sec-%asyncfromsynciteratorprototype%-object */
export function installAsyncFromSyncIteratorPrototype(a: Agent): void {
  const proto = new JSObject(a.intrinsics.AsyncIteratorPrototype);
  asyncFromSyncPrototypes.set(a, proto);
  const method = (name: 'next' | 'return' | 'throw') =>
    defineMethod(a, proto, name, 1, (thisArg, args) => {
      const O = thisArg as AsyncFromSyncIterator;
      const capability = newPromiseCapability(a, a.intrinsics.Promise, `async-from-sync ${name}()`);
      const record = O.syncIteratorRecord;
      const syncIterator = record.iterator;
      let result: Value;
      try {
        if (name === 'next') {
          result = a.call(record.nextMethod, syncIterator, args.length > 0 ? [args[0]] : []);
        } else {
          const m = getMethod(a, syncIterator, name);
          if (!m) {
            if (name === 'return') {
              a.call(capability.resolve, undefined, [createIterResultObject(a, args[0], true)]);
              return capability.promise;
            }
            // throw without a throw method: close the sync iterator, then reject (a protocol violation).
            record.done = true;
            iteratorCloseQuietly(a, record);
            throw a.typeError("The iterator does not provide a 'throw' method");
          }
          result = a.call(m, syncIterator, args.length > 0 ? [args[0]] : []);
        }
        if (!isObject(result))
          throw a.typeError(`Iterator result ${String(result)} is not an object`);
      } catch (e) {
        // IfAbruptRejectPromise
        if (!(e instanceof ThrowSignal)) throw e;
        a.call(capability.reject, undefined, [e.value]);
        return capability.promise;
      }
      return continuation(a, result, capability, record, name !== 'return');
    });
  method('next');
  method('return');
  method('throw');
}

/** https://tc39.es/ecma262/#sec-asyncfromsynciteratorcontinuation */
function continuation(
  a: Agent,
  result: JSObject,
  capability: PromiseCapability,
  syncIteratorRecord: IteratorRecord,
  closeOnRejection: boolean,
): Value {
  let done: boolean;
  let valueWrapper: PromiseObject;
  try {
    done = toBoolean(get(a, result, 'done'));
    const value = get(a, result, 'value');
    try {
      valueWrapper = promiseResolve(
        a,
        a.intrinsics.Promise,
        value,
        'for await value',
      ) as PromiseObject;
    } catch (e) {
      if (e instanceof ThrowSignal && !done && closeOnRejection)
        iteratorCloseQuietly(a, syncIteratorRecord);
      throw e;
    }
  } catch (e) {
    if (!(e instanceof ThrowSignal)) throw e;
    a.call(capability.reject, undefined, [e.value]);
    return capability.promise;
  }
  const unwrap = { run: (v: Value) => createIterResultObject(a, v, done) };
  // A rejected value closes the sync iterator (ecma262 PR #2600), as Chromium's V8 does.
  // NON-SPEC for the node model: Node 20's V8 (11.3) predates that change and leaves it open.
  const closesOnRejection = closeOnRejection && a.host.model === 'browser';
  const closeIterator =
    done || !closesOnRejection
      ? undefined
      : {
          run: (error: Value): Value => {
            iteratorCloseQuietly(a, syncIteratorRecord);
            throw new ThrowSignal(error);
          },
        };
  performPromiseThen(a, valueWrapper, unwrap, closeIterator, capability, {
    jobKind: 'promise-reaction',
    label: 'for await: unwrap the value',
  });
  return capability.promise;
}

// ---- async generator bodies --------------------------------------------------------------------

/** Whether code in this scope runs in an async generator body (where yield and return await). */
export function inAsyncGenerator(scope: Scope): boolean {
  const f = scope.fn.func;
  return f instanceof ClosureFunction && f.isAsync && f.isGenerator;
}

/**
 * `return expr` in an async generator awaits expr (https://tc39.es/ecma262/#sec-return-statement-runtime-semantics-evaluation step 3).
 * Known from the node, not the scope: an arrow inside an async generator shares its scope's
 * function context, but its returns do not await.
 */
export function* awaitReturnValue(node: ESTree.ReturnStatement, value: Value): Gen<Value> {
  return returnAwaits(node) ? yield* awaitValue(value) : value;
}

/**
 * `yield value` and `yield* iterable` in an async generator
 * (https://tc39.es/ecma262/#sec-generator-function-definitions-runtime-semantics-evaluation):
 * a plain yield awaits its operand first; the driver (builtins/asyncGenerator.ts) performs
 * AsyncGeneratorYield and hands back the resumption, a return request already awaited.
 */
export function* asyncGeneratorYield(a: Agent, value: Value, delegate: boolean): Gen<Value> {
  if (!delegate) return resumed(yield { kind: 'yield', value: yield* awaitValue(value) });
  const record = getAsyncIterator(a, value);
  const iterator = record.iterator;
  let received: Resume = { type: 'normal', value: undefined };
  for (;;) {
    let innerResult: Value;
    if (received.type === 'normal') {
      innerResult = yield* awaitValue(a.call(record.nextMethod, iterator, [received.value]));
    } else if (received.type === 'throw') {
      const throwMethod = getMethod(a, iterator, 'throw');
      if (!throwMethod) {
        yield* asyncIteratorClose(a, record);
        throw a.typeError("The iterator does not provide a 'throw' method");
      }
      innerResult = yield* awaitValue(a.call(throwMethod, iterator, [received.value]));
    } else {
      const returnMethod = getMethod(a, iterator, 'return');
      // No return method: the (already awaited) value is awaited once more, then returned.
      if (!returnMethod) throw new ReturnSignal(yield* awaitValue(received.value));
      innerResult = yield* awaitValue(a.call(returnMethod, iterator, [received.value]));
    }
    if (!isObject(innerResult))
      throw a.typeError(`Iterator result ${String(innerResult)} is not an object`);
    const done = toBoolean(get(a, innerResult, 'done'));
    if (done) {
      const v = get(a, innerResult, 'value');
      if (received.type === 'return') throw new ReturnSignal(v);
      return v;
    }
    received = yield { kind: 'yield', value: get(a, innerResult, 'value') };
  }
}

/** The value a plain yield evaluates to once resumed; throw and return requests unwind. */
function resumed(how: Resume): Value {
  if (how.type === 'throw') throw new ThrowSignal(how.value);
  if (how.type === 'return') throw new ReturnSignal(how.value);
  return how.value;
}
