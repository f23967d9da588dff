/** https://tc39.es/ecma262/#sec-assignment-operators-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { toBoolean } from '../../realm/operations';
import type { Value } from '../../realm/values';
import { evaluate, evaluatePlain } from '../evaluate';
import { binaryOperation } from '../operators';
import { assignToName, bindPattern } from '../patterns';
import {
  evaluateMemberTarget,
  evaluateMemberTargetPlain,
  putMember,
  getMember,
  lookupName,
} from '../references';
import type { Scope } from '../scope';
import type { Gen } from '../types';

export function* evaluateAssignment(node: ESTree.AssignmentExpression, scope: Scope): Gen<Value> {
  const a = scope.agent;
  const left = node.left;
  if (node.operator === '=') {
    if (left.type === 'Identifier') {
      const value = yield* evaluate(node.right, scope, left.name);
      assignToName(a, left.name, value, scope);
      return value;
    }
    if (left.type === 'MemberExpression') {
      const { base, key } = yield* evaluateMemberTarget(left, scope);
      const value = yield* evaluate(node.right, scope);
      putMember(scope, left, base, key, value);
      return value;
    }
    const value = yield* evaluate(node.right, scope);
    yield* bindPattern(left, value, scope, 'assign', node.right);
    return value;
  }
  // Compound and logical assignment: read, maybe short-circuit, write.
  let read: () => Value;
  let write: (v: Value) => void;
  if (left.type === 'Identifier') {
    read = () => lookupName(a, left.name, scope);
    write = (v) => assignToName(a, left.name, v, scope);
  } else {
    const member = left as ESTree.MemberExpression;
    const { base, key } = yield* evaluateMemberTarget(member, scope);
    read = () => getMember(scope, member, base, key);
    write = (v) => putMember(scope, member, base, key, v);
  }
  const current = read();
  const op = node.operator;
  if (op === '&&=' || op === '||=' || op === '??=') {
    const keep =
      op === '&&='
        ? !toBoolean(current)
        : op === '||='
          ? toBoolean(current)
          : current !== undefined && current !== null;
    if (keep) return current;
    const value = yield* evaluate(
      node.right,
      scope,
      left.type === 'Identifier' ? left.name : undefined,
    );
    write(value);
    return value;
  }
  const value = binaryOperation(a, op.slice(0, -1), current, yield* evaluate(node.right, scope));
  write(value);
  return value;
}

/**
 * An assignment that cannot suspend (see suspends.ts): to a name or a member, never a pattern.
 * The same steps as above, with plain evaluation of both sides.
 */
export function evaluateAssignmentPlain(node: ESTree.AssignmentExpression, scope: Scope): Value {
  const a = scope.agent;
  const left = node.left;
  const op = node.operator;
  if (left.type === 'Identifier') {
    const name = left.name;
    if (op === '=') {
      const value = evaluatePlain(node.right, scope, name);
      assignToName(a, name, value, scope);
      return value;
    }
    const current = lookupName(a, name, scope);
    if (op === '&&=' || op === '||=' || op === '??=') {
      if (keepsValue(op, current)) return current;
      const value = evaluatePlain(node.right, scope, name);
      assignToName(a, name, value, scope);
      return value;
    }
    const value = binaryOperation(a, op.slice(0, -1), current, evaluatePlain(node.right, scope));
    assignToName(a, name, value, scope);
    return value;
  }
  const member = left as ESTree.MemberExpression;
  const { base, key } = evaluateMemberTargetPlain(member, scope);
  if (op === '=') {
    const value = evaluatePlain(node.right, scope);
    putMember(scope, member, base, key, value);
    return value;
  }
  const current = getMember(scope, member, base, key);
  if (op === '&&=' || op === '||=' || op === '??=') {
    if (keepsValue(op, current)) return current;
    const value = evaluatePlain(node.right, scope);
    putMember(scope, member, base, key, value);
    return value;
  }
  const value = binaryOperation(a, op.slice(0, -1), current, evaluatePlain(node.right, scope));
  putMember(scope, member, base, key, value);
  return value;
}

/** Whether a logical assignment short-circuits, keeping the current value. */
function keepsValue(op: '&&=' | '||=' | '??=', current: Value): boolean {
  if (op === '&&=') return !toBoolean(current);
  if (op === '||=') return toBoolean(current);
  return current !== undefined && current !== null;
}
