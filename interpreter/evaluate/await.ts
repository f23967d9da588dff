import { ThrowSignal, type Value } from '../realm/values';
import { ReturnSignal, type Gen, type Resume } from './types';

/** Suspends the running async body until its driver resumes it (https://tc39.es/ecma262/#await). */
export function* awaitValue(value: Value): Gen<Value> {
  return resumedFromAwait(yield { kind: 'await', value });
}

/** The value an await evaluates to once resumed; a throw or a return request unwinds instead. */
export function resumedFromAwait(how: Resume): Value {
  if (how.type === 'throw') throw new ThrowSignal(how.value);
  if (how.type === 'return') throw new ReturnSignal(how.value);
  return how.value;
}
