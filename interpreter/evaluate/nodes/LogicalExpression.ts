/** https://tc39.es/ecma262/#sec-binary-logical-operators-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { toBoolean } from '../../realm/operations';
import type { Value } from '../../realm/values';
import { evaluate, evaluatePlain } from '../evaluate';
import type { Scope } from '../scope';
import type { Gen } from '../types';

export function evaluateLogicalExpressionPlain(
  node: ESTree.LogicalExpression,
  scope: Scope,
): Value {
  const left = evaluatePlain(node.left, scope);
  if (node.operator === '&&') return toBoolean(left) ? evaluatePlain(node.right, scope) : left;
  if (node.operator === '||') return toBoolean(left) ? left : evaluatePlain(node.right, scope);
  return left === undefined || left === null ? evaluatePlain(node.right, scope) : left;
}

export function* evaluateLogicalExpression(
  node: ESTree.LogicalExpression,
  scope: Scope,
): Gen<Value> {
  const left = yield* evaluate(node.left, scope);
  if (node.operator === '&&') return toBoolean(left) ? yield* evaluate(node.right, scope) : left;
  if (node.operator === '||') return toBoolean(left) ? left : yield* evaluate(node.right, scope);
  return left === undefined || left === null ? yield* evaluate(node.right, scope) : left;
}
