/** for await…of: https://tc39.es/ecma262/#sec-getiterator (async) and CreateAsyncFromSyncIterator. */
import type { Agent } from '../agent';
import { getIterator, getIteratorFromMethod, type IteratorRecord } from '../realm/iteration';
import { get, getMethod, toBoolean } from '../realm/operations';
import { isObject, type Value } from '../realm/values';
import { awaitValue } from './await';
import type { Gen } from './types';

interface AsyncIteratorRecord extends IteratorRecord {
  /** Set when a sync iterator stands in (CreateAsyncFromSyncIterator): values are awaited. */
  fromSync?: boolean;
}

export function getAsyncIterator(a: Agent, v: Value): AsyncIteratorRecord {
  const method = getMethod(a, v, Symbol.asyncIterator);
  if (method) return getIteratorFromMethod(a, v, method);
  return { ...getIterator(a, v), fromSync: true };
}

export function* asyncIteratorStep(a: Agent, it: AsyncIteratorRecord): Gen<{ done: boolean; value: Value }> {
  let result = a.call(it.nextMethod, it.iterator, []);
  if (!it.fromSync) result = yield* awaitValue(result);
  if (!isObject(result)) throw a.typeError(`Iterator result ${String(result)} is not an object`);
  if (toBoolean(get(a, result, 'done'))) {
    it.done = true;
    return { done: true, value: undefined };
  }
  let value = get(a, result, 'value');
  // %AsyncFromSyncIteratorPrototype%.next awaits the value; then the loop awaits the result.
  if (it.fromSync) {
    value = yield* awaitValue(value);
  }
  return { done: false, value };
}

export function* asyncIteratorClose(a: Agent, it: AsyncIteratorRecord): Gen<void> {
  const ret = getMethod(a, it.iterator, 'return');
  if (!ret) return;
  const r = a.call(ret, it.iterator, []);
  const awaited = it.fromSync ? r : yield* awaitValue(r);
  if (!isObject(awaited)) throw a.typeError('iterator.return() did not return an object');
}
