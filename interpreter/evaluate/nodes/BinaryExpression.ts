/** https://tc39.es/ecma262/#sec-binary-operators (and `#x in o`) */
import type * as ESTree from 'estree';
import type { Value } from '../../realm/values';
import { evaluate, evaluatePlain } from '../evaluate';
import { binaryOperation } from '../operators';
import { privateIn, resolvePrivateName } from '../privateNames';
import type { Scope } from '../scope';
import { suspends } from '../suspends';
import type { Gen } from '../types';

/** A binary expression that cannot suspend (see suspends.ts): no `#x in o` here. */
export function evaluateBinaryExpressionPlain(node: ESTree.BinaryExpression, scope: Scope): Value {
  const left = evaluatePlain(node.left as ESTree.Expression, scope);
  const right = evaluatePlain(node.right, scope);
  return binaryOperation(scope.agent, node.operator, left, right);
}

export function* evaluateBinaryExpression(node: ESTree.BinaryExpression, scope: Scope): Gen<Value> {
  const a = scope.agent;
  if (node.left.type === 'PrivateIdentifier') {
    const name = resolvePrivateName(scope, node.left.name);
    return privateIn(a, yield* evaluate(node.right, scope), name);
  }
  const left = suspends(node.left)
    ? yield* evaluate(node.left, scope)
    : evaluatePlain(node.left, scope);
  const right = suspends(node.right)
    ? yield* evaluate(node.right, scope)
    : evaluatePlain(node.right, scope);
  return binaryOperation(a, node.operator, left, right);
}
