/** https://tc39.es/ecma262/#sec-generator-function-definitions-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Agent } from '../../agent';
import { getIterator } from '../../realm/iteration';
import { get, toBoolean } from '../../realm/operations';
import { JSFunction, ThrowSignal, isObject, type Value } from '../../realm/values';
import { asyncGeneratorYield, inAsyncGenerator } from '../asyncIteration';
import { evaluate } from '../evaluate';
import type { Scope } from '../scope';
import { type Gen, ReturnSignal } from '../types';

/** `yield` and `yield*` inside a generator body; the generator object's driver resumes it. */
export function* evaluateYield(node: ESTree.YieldExpression, scope: Scope): Gen<Value> {
  const value = node.argument ? yield* evaluate(node.argument, scope) : undefined;
  if (inAsyncGenerator(scope))
    return yield* asyncGeneratorYield(scope.agent, value, !!node.delegate);
  if (node.delegate) return yield* delegateYield(scope.agent, value);
  const resume = yield { kind: 'yield', value };
  if (resume.type === 'throw') throw new ThrowSignal(resume.value);
  if (resume.type === 'return') throw new ReturnSignal(resume.value);
  return resume.value;
}

/** yield*: https://tc39.es/ecma262/#sec-generator-function-definitions-runtime-semantics-evaluation (sync generators). */
function* delegateYield(a: Agent, iterable: Value): Gen<Value> {
  const it = getIterator(a, iterable);
  let received: { type: 'normal' | 'throw' | 'return'; value: Value } = {
    type: 'normal',
    value: undefined,
  };
  for (;;) {
    let result: Value;
    if (received.type === 'normal') {
      result = a.call(it.nextMethod, it.iterator, [received.value]);
    } else if (received.type === 'throw') {
      const t = get(a, it.iterator, 'throw');
      if (t === undefined || t === null) {
        const r = get(a, it.iterator, 'return');
        if (r instanceof JSFunction) a.call(r, it.iterator, []);
        throw a.typeError("The iterator does not provide a 'throw' method");
      }
      result = a.call(t, it.iterator, [received.value]);
    } else {
      const r = get(a, it.iterator, 'return');
      if (r === undefined || r === null) throw new ReturnSignal(received.value);
      result = a.call(r, it.iterator, [received.value]);
      if (!isObject(result)) throw a.typeError('iterator result is not an object');
      if (toBoolean(get(a, result, 'done'))) throw new ReturnSignal(get(a, result, 'value'));
    }
    if (!isObject(result)) throw a.typeError(`Iterator result ${String(result)} is not an object`);
    if (received.type !== 'return' && toBoolean(get(a, result, 'done')))
      return get(a, result, 'value');
    // NON-SPEC (simplification): the inner result object's value is re-wrapped by the generator.
    received = yield { kind: 'yield', value: get(a, result, 'value') };
  }
}
