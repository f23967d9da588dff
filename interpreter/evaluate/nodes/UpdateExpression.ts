/** https://tc39.es/ecma262/#sec-update-expressions */
import type * as ESTree from 'estree';
import { toNumeric } from '../../realm/operations';
import type { Value } from '../../realm/values';
import { increment } from '../operators';
import { assignToName } from '../patterns';
import {
  evaluateMemberTarget,
  evaluateMemberTargetPlain,
  getMember,
  lookupName,
  putMember,
  type MemberKey,
} from '../references';
import type { Scope } from '../scope';
import type { Gen } from '../types';

export function* evaluateUpdate(node: ESTree.UpdateExpression, scope: Scope): Gen<Value> {
  if (node.argument.type === 'Identifier') return updateName(node, node.argument, scope);
  const member = node.argument as ESTree.MemberExpression;
  const { base, key } = yield* evaluateMemberTarget(member, scope);
  return updateMember(node, member, scope, base, key);
}

/** An update expression that cannot suspend (see suspends.ts). */
export function evaluateUpdatePlain(node: ESTree.UpdateExpression, scope: Scope): Value {
  if (node.argument.type === 'Identifier') return updateName(node, node.argument, scope);
  const member = node.argument as ESTree.MemberExpression;
  const { base, key } = evaluateMemberTargetPlain(member, scope);
  return updateMember(node, member, scope, base, key);
}

function updateName(node: ESTree.UpdateExpression, arg: ESTree.Identifier, scope: Scope): Value {
  const a = scope.agent;
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

function updateMember(
  node: ESTree.UpdateExpression,
  member: ESTree.MemberExpression,
  scope: Scope,
  base: Value,
  key: MemberKey,
): Value {
  const a = scope.agent;
  const old = toNumeric(a, getMember(scope, member, base, key));
  const next = increment(old, node.operator);
  putMember(scope, member, base, key, next);
  return node.prefix ? next : old;
}
