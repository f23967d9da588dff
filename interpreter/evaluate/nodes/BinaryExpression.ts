/** https://tc39.es/ecma262/#sec-binary-operators (and `#x in o`) */
import type * as ESTree from 'estree';
import type { Value } from '../../realm/values';
import { evaluate } from '../evaluate';
import { binaryOperation } from '../operators';
import { privateIn, resolvePrivateName } from '../privateNames';
import type { Scope } from '../scope';
import type { Gen } from '../types';

export function* evaluateBinaryExpression(node: ESTree.BinaryExpression, scope: Scope): Gen<Value> {
  const a = scope.agent;
  if (node.left.type === 'PrivateIdentifier') {
    const name = resolvePrivateName(scope, node.left.name);
    return privateIn(a, yield* evaluate(node.right, scope), name);
  }
  const left = yield* evaluate(node.left, scope);
  const right = yield* evaluate(node.right, scope);
  return binaryOperation(a, node.operator, left, right);
}
