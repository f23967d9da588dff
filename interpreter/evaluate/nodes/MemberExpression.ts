/** https://tc39.es/ecma262/#sec-property-accessors-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Value } from '../../realm/values';
import { evaluateMemberTarget, evaluateMemberTargetPlain, getMember } from '../references';
import type { Scope } from '../scope';
import type { Gen } from '../types';

export function evaluateMemberExpressionPlain(node: ESTree.MemberExpression, scope: Scope): Value {
  const { base, key } = evaluateMemberTargetPlain(node, scope);
  return getMember(scope, node, base, key);
}

export function* evaluateMemberExpression(node: ESTree.MemberExpression, scope: Scope): Gen<Value> {
  const { base, key } = yield* evaluateMemberTarget(node, scope);
  return getMember(scope, node, base, key);
}
