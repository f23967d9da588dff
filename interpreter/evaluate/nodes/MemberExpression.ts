/** https://tc39.es/ecma262/#sec-property-accessors-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { getV } from '../../realm/operations';
import type { Value } from '../../realm/values';
import { evaluatePlain } from '../evaluate';
import {
  evaluateMemberTarget,
  evaluateMemberTargetPlain,
  getMember,
  isNamedMember,
  SHORT_CIRCUIT,
} from '../references';
import type { Scope } from '../scope';
import type { Gen } from '../types';

export function evaluateMemberExpressionPlain(node: ESTree.MemberExpression, scope: Scope): Value {
  if (isNamedMember(node)) {
    const base = evaluatePlain(node.object, scope);
    if (node.optional && (base === undefined || base === null)) throw SHORT_CIRCUIT;
    return getV(scope.agent, base, node.property.name);
  }
  const { base, key } = evaluateMemberTargetPlain(node, scope);
  return getMember(scope, node, base, key);
}

export function* evaluateMemberExpression(node: ESTree.MemberExpression, scope: Scope): Gen<Value> {
  const { base, key } = yield* evaluateMemberTarget(node, scope);
  return getMember(scope, node, base, key);
}
