/** The Promise constructor and prototype: https://tc39.es/ecma262/#sec-promise-objects */
import type { Agent } from '../../agent';
import { getIterator, iteratorCloseQuietly, iteratorStep } from '../iteration';
import { get, speciesConstructor } from '../operations';
import {
  createPromise,
  createResolvingFunctions,
  newPromiseCapability,
  performPromiseThen,
  promiseResolve,
  PromiseObject,
  reactionLabels as labels,
  type PromiseCapability,
} from '../promise';
import { isObject, JSArray, JSFunction, JSObject, ThrowSignal, type Value } from '../values';
import { defineConstructor, defineGetter, defineMethod, makeBuiltin } from './define';
import { makePromiseAnyError } from './error';

export function installPromise(a: Agent): void {
  const I = a.intrinsics;
  const PP = I.PromisePrototype;
  PP.defineOwnProperty(Symbol.toStringTag, {
    value: 'Promise',
    writable: false,
    enumerable: false,
    configurable: true,
  });

  /** https://tc39.es/ecma262/#sec-promise-executor */
  const PromiseCtor = defineConstructor(a, 'Promise', 1, PP, (_this, args, newTarget) => {
    if (!newTarget) throw a.typeError("Promise constructor cannot be invoked without 'new'");
    const executor = args[0];
    if (!(executor instanceof JSFunction))
      throw a.typeError(`Promise resolver ${describe(executor)} is not a function`);
    const p = get(a, newTarget, 'prototype');
    const promise = createPromise(a, 'new Promise', isObject(p) ? p : PP);
    const { resolve, reject } = createResolvingFunctions(a, promise);
    try {
      a.call(executor, undefined, [resolve, reject], null, 'builtin-callback');
    } catch (e) {
      if (!(e instanceof ThrowSignal)) throw e;
      a.call(reject, undefined, [e.value]);
    }
    return promise;
  });
  I.Promise = PromiseCtor;
  defineGetter(a, PromiseCtor, Symbol.species, (t) => t);

  /**
   * How a reaction is named in the trace: `then onDone`, `catch report`, `finally cleanup`.
   * Labels are kept by handler name (per realm), so that each `then` does not build one more
   * string for the recorder to intern: the handlers are fresh closures, their names few.
   */
  const thenLabels = new Map<string, string>();
  const catchLabels = new Map<string, string>();
  const reactionLabel = (
    onFulfilled: JSFunction | undefined,
    onRejected: JSFunction | undefined,
  ): string => {
    const f = onFulfilled ?? onRejected;
    if (!f) return 'then (pass-through)';
    const known = labels.get(f);
    if (known) return known;
    const name = f.debugName();
    const byName = onFulfilled ? thenLabels : catchLabels;
    let label = byName.get(name);
    if (label === undefined)
      byName.set(name, (label = `${onFulfilled ? 'then' : 'catch'} ${name || '(built-in)'}`));
    return label;
  };

  const thisPromise = (v: Value, method: string): PromiseObject => {
    if (v instanceof PromiseObject) return v;
    throw a.typeError(
      `Method Promise.prototype.${method} called on incompatible receiver ${isObject(v) ? '#<Object>' : String(v)}`,
    );
  };
  const callable = (v: Value) => (v instanceof JSFunction ? v : undefined);

  /** https://tc39.es/ecma262/#sec-promise.prototype.then */
  defineMethod(a, PP, 'then', 2, (thisArg, args) => {
    const promise = thisPromise(thisArg, 'then');
    const C = speciesConstructor(a, promise, PromiseCtor);
    const capability = newPromiseCapability(a, C, 'then');
    const onFulfilled = callable(args[0]);
    const onRejected = callable(args[1]);
    performPromiseThen(a, promise, onFulfilled, onRejected, capability, {
      jobKind: 'promise-reaction',
      label: reactionLabel(onFulfilled, onRejected),
    });
    return capability.promise;
  });
  const invokeThen = (p: Value, onFulfilled: Value, onRejected: Value): Value => {
    const thenMethod = isObject(p) ? get(a, p, 'then') : undefined;
    if (!(thenMethod instanceof JSFunction)) throw a.typeError('then is not a function');
    return a.call(thenMethod, p, [onFulfilled, onRejected]);
  };
  defineMethod(a, PP, 'catch', 1, (thisArg, args) => invokeThen(thisArg, undefined, args[0]));
  /** https://tc39.es/ecma262/#sec-promise.prototype.finally */
  defineMethod(a, PP, 'finally', 1, (thisArg, args) => {
    if (!isObject(thisArg)) throw a.typeError('Promise.prototype.finally called on a non-object');
    const C = speciesConstructor(a, thisArg, PromiseCtor);
    const onFinally = args[0];
    if (!(onFinally instanceof JSFunction)) return invokeThen(thisArg, onFinally, onFinally);
    const thenFinally = makeBuiltin(a, '', 1, (_t, [value]) => {
      const result = a.call(onFinally, undefined, [], null, 'microtask');
      const p = promiseResolve(a, C, result, 'finally');
      const valueThunk = makeBuiltin(a, '', 0, () => value);
      labels.set(valueThunk, 'finally: pass the value on');
      return invokeThen(p, valueThunk, undefined);
    });
    const catchFinally = makeBuiltin(a, '', 1, (_t, [reason]) => {
      const result = a.call(onFinally, undefined, [], null, 'microtask');
      const p = promiseResolve(a, C, result, 'finally');
      const thrower = makeBuiltin(a, '', 0, () => {
        throw new ThrowSignal(reason);
      });
      labels.set(thrower, 'finally: pass the reason on');
      return invokeThen(p, thrower, undefined);
    });
    labels.set(thenFinally, `finally ${onFinally.debugName()}`);
    labels.set(catchFinally, `finally ${onFinally.debugName()}`);
    return invokeThen(thisArg, thenFinally, catchFinally);
  });

  const C = (thisArg: Value): JSObject => {
    if (!isObject(thisArg)) throw a.typeError('PromiseResolve called on non-object');
    return thisArg;
  };
  defineMethod(a, PromiseCtor, 'resolve', 1, (thisArg, args) =>
    promiseResolve(a, C(thisArg), args[0], 'Promise.resolve'),
  );
  defineMethod(a, PromiseCtor, 'reject', 1, (thisArg, args) => {
    const capability = newPromiseCapability(a, C(thisArg), 'Promise.reject');
    a.call(capability.reject, undefined, [args[0]]);
    return capability.promise;
  });
  defineMethod(a, PromiseCtor, 'withResolvers', 0, (thisArg) => {
    const capability = newPromiseCapability(a, C(thisArg), 'Promise.withResolvers');
    const o = new JSObject(I.ObjectPrototype);
    o.setOwn('promise', capability.promise);
    o.setOwn('resolve', capability.resolve);
    o.setOwn('reject', capability.reject);
    return o;
  });

  /**
   * The shared shape of all / allSettled / any (https://tc39.es/ecma262/#sec-performpromiseall):
   * for each element, Invoke(C.resolve(next), "then", [onFulfilled, onRejected]); the element
   * functions write into a list and settle the capability when the count reaches zero.
   */
  type Combinator = 'all' | 'allSettled' | 'any';
  const combinator = (kind: Combinator) => (thisArg: Value, args: Value[]) => {
    const ctor = C(thisArg);
    const capability = newPromiseCapability(a, ctor, `Promise.${kind}`);
    try {
      const resolveFn = get(a, ctor, 'resolve');
      if (!(resolveFn instanceof JSFunction))
        throw a.typeError('Promise resolve or reject function is not callable');
      const it = getIterator(a, args[0]);
      const values: Value[] = [];
      let remaining = 1;
      const settle = () => {
        if (--remaining > 0) return;
        const list = new JSArray(I.ArrayPrototype, values);
        if (kind === 'any') {
          a.call(capability.reject, undefined, [makePromiseAnyError(a, list)]);
        } else a.call(capability.resolve, undefined, [list]);
      };
      try {
        for (let index = 0; ; index++) {
          const r = iteratorStep(a, it);
          if (r.done) break;
          values.push(undefined);
          const next = a.call(resolveFn, ctor, [r.value]);
          let called = false;
          const element = (record: (v: Value) => Value) => {
            const f = makeBuiltin(a, '', 1, (_t, [v]) => {
              if (called) return undefined;
              called = true;
              values[index] = record(v);
              settle();
              return undefined;
            });
            labels.set(f, `Promise.${kind} element ${index}`);
            return f;
          };
          const settledRecord = (status: string, key: string) => (v: Value) => {
            const o = new JSObject(I.ObjectPrototype);
            o.setOwn('status', status);
            o.setOwn(key, v);
            return o;
          };
          remaining++;
          let onFulfilled: Value;
          let onRejected: Value;
          if (kind === 'all') {
            onFulfilled = element((v) => v);
            onRejected = capability.reject;
          } else if (kind === 'allSettled') {
            onFulfilled = element(settledRecord('fulfilled', 'value'));
            onRejected = element(settledRecord('rejected', 'reason'));
          } else {
            onFulfilled = capability.resolve;
            onRejected = element((v) => v);
            labels.set(onFulfilled as JSObject, 'Promise.any settles');
          }
          invokeThen(next, onFulfilled, onRejected);
        }
      } catch (e) {
        if (e instanceof ThrowSignal && !it.done) iteratorCloseQuietly(a, it);
        throw e;
      }
      settle();
    } catch (e) {
      if (!(e instanceof ThrowSignal)) throw e;
      a.call(capability.reject, undefined, [e.value]);
    }
    return capability.promise;
  };
  defineMethod(a, PromiseCtor, 'all', 1, combinator('all'));
  defineMethod(a, PromiseCtor, 'allSettled', 1, combinator('allSettled'));
  defineMethod(a, PromiseCtor, 'any', 1, combinator('any'));
  /** https://tc39.es/ecma262/#sec-performpromiserace */
  defineMethod(a, PromiseCtor, 'race', 1, (thisArg, args) => {
    const ctor = C(thisArg);
    const capability: PromiseCapability = newPromiseCapability(a, ctor, 'Promise.race');
    try {
      const resolveFn = get(a, ctor, 'resolve');
      if (!(resolveFn instanceof JSFunction))
        throw a.typeError('Promise resolve or reject function is not callable');
      const it = getIterator(a, args[0]);
      if (isObject(capability.resolve)) labels.set(capability.resolve, 'Promise.race settles');
      for (;;) {
        const r = iteratorStep(a, it);
        if (r.done) break;
        invokeThen(a.call(resolveFn, ctor, [r.value]), capability.resolve, capability.reject);
      }
    } catch (e) {
      if (!(e instanceof ThrowSignal)) throw e;
      a.call(capability.reject, undefined, [e.value]);
    }
    return capability.promise;
  });
}

function describe(v: Value): string {
  if (v === undefined || v === null) return String(v);
  if (typeof v === 'string') return v;
  if (isObject(v)) return '#<Object>';
  return String(v);
}
