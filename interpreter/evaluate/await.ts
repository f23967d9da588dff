import { ThrowSignal, type Value } from '../realm/values';
import { ReturnSignal, type Gen } from './types';

/** Suspends the running async body until its driver resumes it (https://tc39.es/ecma262/#await). */
export function* awaitValue(value: Value): Gen<Value> {
  const resume = yield { kind: 'await', value };
  if (resume.type === 'throw') throw new ThrowSignal(resume.value);
  if (resume.type === 'return') throw new ReturnSignal(resume.value);
  return resume.value;
}
