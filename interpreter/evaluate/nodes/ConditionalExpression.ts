/** https://tc39.es/ecma262/#sec-conditional-operator-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { toBoolean } from '../../realm/operations';
import type { Value } from '../../realm/values';
import { evaluate, evaluatePlain } from '../evaluate';
import type { Scope } from '../scope';
import type { Gen } from '../types';

export function evaluateConditionalExpressionPlain(
  node: ESTree.ConditionalExpression,
  scope: Scope,
): Value {
  return toBoolean(evaluatePlain(node.test, scope))
    ? evaluatePlain(node.consequent, scope)
    : evaluatePlain(node.alternate, scope);
}

export function* evaluateConditionalExpression(
  node: ESTree.ConditionalExpression,
  scope: Scope,
): Gen<Value> {
  return toBoolean(yield* evaluate(node.test, scope))
    ? yield* evaluate(node.consequent, scope)
    : yield* evaluate(node.alternate, scope);
}
