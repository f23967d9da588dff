/** https://tc39.es/ecma262/#sec-update-expressions */
import type * as ESTree from 'estree';
import { toNumeric } from '../../realm/operations';
import type { Value } from '../../realm/values';
import { increment } from '../operators';
import { assignToName } from '../patterns';
import { evaluateMemberTarget, getMember, lookupName, putMember } from '../references';
import type { Scope } from '../scope';
import type { Gen } from '../types';

export function* evaluateUpdate(node: ESTree.UpdateExpression, scope: Scope): Gen<Value> {
  const a = scope.agent;
  const arg = node.argument;
  if (arg.type === 'Identifier') {
    // The common `i++`: a binding found once, read and written in place.
    const b = scope.lookup(arg.name);
    if (b && b.initialized && b.mutable) {
      const old = typeof b.value === 'number' ? b.value : toNumeric(a, b.value);
      const next = increment(old, node.operator);
      b.value = next;
      return node.prefix ? next : old;
    }
    const old = toNumeric(a, lookupName(a, arg.name, scope));
    const next = increment(old, node.operator);
    assignToName(a, arg.name, next, scope);
    return node.prefix ? next : old;
  }
  const member = arg as ESTree.MemberExpression;
  const { base, key } = yield* evaluateMemberTarget(member, scope);
  const old = toNumeric(a, getMember(scope, member, base, key));
  const next = increment(old, node.operator);
  putMember(scope, member, base, key, next);
  return node.prefix ? next : old;
}
