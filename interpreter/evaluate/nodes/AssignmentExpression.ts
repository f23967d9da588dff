/** https://tc39.es/ecma262/#sec-assignment-operators-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { putValue, toBoolean } from '../../realm/operations';
import type { Value } from '../../realm/values';
import { evaluate, evaluatePlain } from '../evaluate';
import { binaryOperation } from '../operators';
import { assignToName, bindPattern } from '../patterns';
import {
  evaluateMemberTarget,
  evaluateMemberTargetPlain,
  putMember,
  getMember,
  isNamedMember,
  lookupName,
} from '../references';
import type { Scope } from '../scope';
import type { Gen } from '../types';

/**
 * One small generator per kind of assignment, chosen here without a generator of its own: every
 * resumption of an await on the right passes down through the chosen one, and V8 compiles a
 * generator with fewer `yield*` in less time.
 */
export function evaluateAssignment(node: ESTree.AssignmentExpression, scope: Scope): Gen<Value> {
  const left = node.left;
  if (node.operator === '=') {
    if (left.type === 'Identifier') return assignToIdentifier(node, left.name, scope);
    if (left.type === 'MemberExpression') return assignToMember(node, left, scope);
    return assignToPattern(node, left, scope);
  }
  if (left.type === 'Identifier') return compoundAssignToIdentifier(node, left.name, scope);
  return compoundAssignToMember(node, left as ESTree.MemberExpression, scope);
}

function* assignToIdentifier(
  node: ESTree.AssignmentExpression,
  name: string,
  scope: Scope,
): Gen<Value> {
  const value = yield* evaluate(node.right, scope, name);
  assignToName(scope.agent, name, value, scope);
  return value;
}

function* assignToMember(
  node: ESTree.AssignmentExpression,
  left: ESTree.MemberExpression,
  scope: Scope,
): Gen<Value> {
  const { base, key } = yield* evaluateMemberTarget(left, scope);
  const value = yield* evaluate(node.right, scope);
  putMember(scope, left, base, key, value);
  return value;
}

function* assignToPattern(
  node: ESTree.AssignmentExpression,
  left: ESTree.Pattern,
  scope: Scope,
): Gen<Value> {
  const value = yield* evaluate(node.right, scope);
  yield* bindPattern(left, value, scope, 'assign', node.right);
  return value;
}

/** Compound and logical assignment to a name: read, maybe short-circuit, write. */
function* compoundAssignToIdentifier(
  node: ESTree.AssignmentExpression,
  name: string,
  scope: Scope,
): Gen<Value> {
  const a = scope.agent;
  const op = node.operator;
  const logical = isLogicalAssignment(op);
  const current = lookupName(a, name, scope);
  if (logical && keepsValue(op, current)) return current;
  const right = yield* evaluate(node.right, scope, logical ? name : undefined);
  const value = logical ? right : binaryOperation(a, op.slice(0, -1), current, right);
  assignToName(a, name, value, scope);
  return value;
}

/** Compound and logical assignment to a member: read, maybe short-circuit, write. */
function* compoundAssignToMember(
  node: ESTree.AssignmentExpression,
  left: ESTree.MemberExpression,
  scope: Scope,
): Gen<Value> {
  const op = node.operator;
  const logical = isLogicalAssignment(op);
  const { base, key } = yield* evaluateMemberTarget(left, scope);
  const current = getMember(scope, left, base, key);
  if (logical && keepsValue(op, current)) return current;
  const right = yield* evaluate(node.right, scope);
  const value = logical ? right : binaryOperation(scope.agent, op.slice(0, -1), current, right);
  putMember(scope, left, base, key, value);
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
    const current = op === '=' ? undefined : lookupName(a, name, scope);
    if (isLogicalAssignment(op)) {
      if (keepsValue(op, current)) return current;
      const value = evaluatePlain(node.right, scope, name);
      assignToName(a, name, value, scope);
      return value;
    }
    // `=` and the arithmetic operators share their calls: optimized code deoptimizes at a call
    // it never saw made, and a loop's first `x = …` after a run of `x += …` (strings.js) was one.
    const right = evaluatePlain(node.right, scope, op === '=' ? name : undefined);
    const value = op === '=' ? right : binaryOperation(a, op.slice(0, -1), current, right);
    assignToName(a, name, value, scope);
    return value;
  }
  const member = left as ESTree.MemberExpression;
  if (op === '=' && isNamedMember(member)) {
    // The common `o.name = v`.
    const base = evaluatePlain(member.object, scope);
    const value = evaluatePlain(node.right, scope);
    putValue(a, base, member.property.name, value, scope.strict);
    return value;
  }
  const { base, key } = evaluateMemberTargetPlain(member, scope);
  if (op === '=') {
    const value = evaluatePlain(node.right, scope);
    putMember(scope, member, base, key, value);
    return value;
  }
  const current = getMember(scope, member, base, key);
  if (isLogicalAssignment(op)) {
    if (keepsValue(op, current)) return current;
    const value = evaluatePlain(node.right, scope);
    putMember(scope, member, base, key, value);
    return value;
  }
  const value = binaryOperation(a, op.slice(0, -1), current, evaluatePlain(node.right, scope));
  putMember(scope, member, base, key, value);
  return value;
}

function isLogicalAssignment(op: ESTree.AssignmentOperator): op is '&&=' | '||=' | '??=' {
  return op === '&&=' || op === '||=' || op === '??=';
}

/** Whether a logical assignment short-circuits, keeping the current value. */
function keepsValue(op: '&&=' | '||=' | '??=', current: Value): boolean {
  if (op === '&&=') return !toBoolean(current);
  if (op === '||=') return toBoolean(current);
  return current !== undefined && current !== null;
}
