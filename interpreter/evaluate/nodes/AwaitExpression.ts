/** https://tc39.es/ecma262/#sec-await-operator-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Value } from '../../realm/values';
import { awaitValue, resumedFromAwait } from '../await';
import { evaluate, evaluatePlain } from '../evaluate';
import type { Scope } from '../scope';
import { evaluatesPlainly } from '../suspends';
import type { Gen } from '../types';

/**
 * A plain argument (`await x`, `await f()`) is evaluated here and awaited by awaitValue, the
 * smallest generator; only an argument that can suspend itself needs one that delegates to it.
 */
export function evaluateAwaitExpression(node: ESTree.AwaitExpression, scope: Scope): Gen<Value> {
  const argument = node.argument;
  if (evaluatesPlainly(scope.agent, argument)) return awaitValue(evaluatePlain(argument, scope));
  return awaitEvaluated(argument, scope);
}

function* awaitEvaluated(argument: ESTree.Expression, scope: Scope): Gen<Value> {
  const value = yield* evaluate(argument, scope);
  return resumedFromAwait(yield { kind: 'await', value });
}
