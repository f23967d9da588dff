/** https://tc39.es/ecma262/#sec-property-accessors-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { getV } from '../../realm/operations';
import type { Value } from '../../realm/values';
import { evaluatePlain } from '../evaluate';
import {
  evaluateMemberTarget,
  evaluateMemberTargetPlain,
  getMember,
  SHORT_CIRCUIT,
} from '../references';
import type { Scope } from '../scope';
import type { Gen } from '../types';

export function evaluateMemberExpressionPlain(node: ESTree.MemberExpression, scope: Scope): Value {
  const object = node.object;
  // The common `o.name`, read without the { base, key } record evaluateMemberTargetPlain makes.
  if (!node.computed && object.type !== 'Super' && node.property.type === 'Identifier') {
    const base = evaluatePlain(object, scope);
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
