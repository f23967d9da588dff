/** https://tc39.es/ecma262/#sec-property-accessors-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Value } from '../../realm/values';
import { evaluateMemberTarget, getMember } from '../references';
import type { Scope } from '../scope';
import type { Gen } from '../types';

export function* evaluateMemberExpression(node: ESTree.MemberExpression, scope: Scope): Gen<Value> {
  const { base, key } = yield* evaluateMemberTarget(node, scope);
  return getMember(scope, node, base, key);
}
