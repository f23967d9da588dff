/** Iterator protocol operations: https://tc39.es/ecma262/#sec-operations-on-iterator-objects */
import type * as ESTree from 'estree';
import type { Agent } from '../agent';
import { notIterableMessage } from '../evaluate/callPrinter';
import { createDataProperty, get, getMethod, getV, toBoolean } from './operations';
import { HOLE, isObject, JSArray, JSFunction, JSObject, ThrowSignal, type Value } from './values';

export interface IteratorRecord {
  iterator: JSObject;
  nextMethod: Value;
  done: boolean;
}

/**
 * https://tc39.es/ecma262/#sec-getiterator (sync). `site` is the iterable's expression in the
 * program, which V8 names in its TypeError; builtins have none and get V8's generic wording.
 */
export function getIterator(a: Agent, v: Value, site?: ESTree.Node): IteratorRecord {
  const method = v === undefined || v === null ? undefined : getV(a, v, Symbol.iterator);
  if (!(method instanceof JSFunction)) {
    throw a.typeError(
      site
        ? notIterableMessage(site)
        : `${describeForIteration(v)} is not iterable (cannot read property Symbol(Symbol.iterator))`,
    );
  }
  return getIteratorFromMethod(a, v, method);
}

export function getIteratorFromMethod(a: Agent, v: Value, method: JSFunction): IteratorRecord {
  const iterator = a.call(method, v, []);
  if (!isObject(iterator))
    throw a.typeError('Result of the Symbol.iterator method is not an object');
  return { iterator, nextMethod: get(a, iterator, 'next'), done: false };
}

/** V8's %s in "%s is not iterable" when no expression is known: `number 5`, `object null`. */
function describeForIteration(v: Value): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'object null';
  if (typeof v === 'symbol') return `symbol ${v.toString()}`;
  if (isObject(v)) return v instanceof JSFunction ? 'function' : 'object';
  return `${typeof v} ${String(v)}`;
}

/** IteratorStepValue: https://tc39.es/ecma262/#sec-iteratorstepvalue */
export function iteratorStep(a: Agent, it: IteratorRecord): { done: boolean; value: Value } {
  let result: Value;
  try {
    result = a.call(it.nextMethod, it.iterator, []);
  } catch (e) {
    it.done = true;
    throw e;
  }
  return iteratorStepResult(a, it, result);
}

/** The rest of IteratorStepValue once `next()` has returned `result` (async iteration awaits it first). */
export function iteratorStepResult(
  a: Agent,
  it: IteratorRecord,
  result: Value,
): { done: boolean; value: Value } {
  if (!isObject(result)) {
    it.done = true;
    throw a.typeError(`Iterator result ${String(result)} is not an object`);
  }
  if (toBoolean(get(a, result, 'done'))) {
    it.done = true;
    return { done: true, value: undefined };
  }
  return { done: false, value: get(a, result, 'value') };
}

/** https://tc39.es/ecma262/#sec-iteratorclose (normal completion case) */
export function iteratorClose(a: Agent, it: IteratorRecord): void {
  const ret = getMethod(a, it.iterator, 'return');
  if (!ret) return;
  const r = a.call(ret, it.iterator, []);
  if (!isObject(r))
    throw a.typeError(
      `Iterator result ${typeof r === 'symbol' ? r.toString() : String(r)} is not an object`,
    );
}

/** IteratorClose for an abrupt completion: errors from return() are swallowed. */
export function iteratorCloseQuietly(a: Agent, it: IteratorRecord): void {
  try {
    iteratorClose(a, it);
  } catch (e) {
    if (!(e instanceof ThrowSignal)) throw e;
  }
}

export function createIterResultObject(a: Agent, value: Value, done: boolean): JSObject {
  const o = new JSObject(a.intrinsics.ObjectPrototype);
  createDataProperty(o, 'value', value);
  createDataProperty(o, 'done', done);
  return o;
}

/** Spread and Array.from: drain an iterable into a host array (`site`: see getIterator). */
export function iterableToList(a: Agent, v: Value, site?: ESTree.Node): Value[] {
  if (
    v instanceof JSArray &&
    get(a, v, Symbol.iterator) === a.intrinsics.ArrayPrototypeValues &&
    get(a, a.intrinsics.ArrayIteratorPrototype, 'next') === a.intrinsics.ArrayIteratorPrototypeNext
  ) {
    // Holes read through the prototype chain, as the array iterator's Get does.
    return v.items.map((x, i) => (x === HOLE ? get(a, v, String(i)) : x));
  }
  const it = getIterator(a, v, site);
  const list: Value[] = [];
  for (;;) {
    const r = iteratorStep(a, it);
    if (r.done) return list;
    list.push(r.value);
  }
}
