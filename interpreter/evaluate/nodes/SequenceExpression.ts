/** https://tc39.es/ecma262/#sec-comma-operator-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Value } from '../../realm/values';
import { evaluate, evaluatePlain } from '../evaluate';
import type { Scope } from '../scope';
import type { Gen } from '../types';

export function evaluateSequenceExpressionPlain(
  node: ESTree.SequenceExpression,
  scope: Scope,
): Value {
  let v: Value;
  for (const e of node.expressions) v = evaluatePlain(e, scope);
  return v;
}

export function* evaluateSequenceExpression(
  node: ESTree.SequenceExpression,
  scope: Scope,
): Gen<Value> {
  let v: Value;
  for (const e of node.expressions) v = yield* evaluate(e, scope);
  return v;
}
