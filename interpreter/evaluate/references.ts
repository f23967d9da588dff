/** References (https://tc39.es/ecma262/#sec-reference-record-specification-type): names, `this`, member targets and their reads and writes. */
import type * as ESTree from 'estree';
import type { Agent } from '../agent';
import {
  get,
  getV,
  hasProperty,
  putValue,
  readNullishMessage,
  toPropertyKey,
  toString,
} from '../realm/operations';
import type { JSObject, PropertyKey, Value } from '../realm/values';
import { evaluate, evaluatePlain } from './evaluate';
import { superPut } from './patterns';
import { privateGet, PrivateName, privateSet, resolvePrivateName } from './privateNames';
import type { Scope } from './scope';
import { suspends } from './suspends';
import type { Gen } from './types';

/** Raised by `a?.b` when `a` is nullish; caught by the enclosing ChainExpression. */
export class ShortCircuit {}

export const SHORT_CIRCUIT = new ShortCircuit();

type Located = { start: number; end: number; loopscopeRange?: [number, number] };

/**
 * A call's source range, as its call site: made once per node and shared by every call made
 * there, so it must never be changed (a frame copies it before its range moves step by step).
 */
export function rangeOf(n: ESTree.Node): [number, number] {
  const located = n as unknown as Located;
  return (located.loopscopeRange ??= [located.start, located.end]);
}

export function lookupName(a: Agent, name: string, scope: Scope): Value {
  const b = scope.lookup(name);
  if (b) {
    if (!b.initialized) throw a.referenceError(`Cannot access '${name}' before initialization`);
    return b.value;
  }
  const g = a.globalObject;
  if (hasProperty(g, name)) return get(a, g, name);
  throw a.referenceError(`${name} is not defined`);
}

export function thisValue(a: Agent, scope: Scope): Value {
  if (!scope.fn.thisBound)
    throw a.referenceError(
      "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
    );
  return scope.fn.thisValue;
}

/** [[HomeObject]].[[Prototype]], where `super.x` looks. */
export function thisSuperBase(a: Agent, scope: Scope): JSObject {
  const home = scope.fn.homeObject;
  if (!home || !home.proto) throw a.typeError("'super' keyword unexpected here");
  return home.proto;
}

/** A member expression `o.name`: an object expression (not `super`) and a plain property name. */
export type NamedMember = ESTree.MemberExpression & {
  object: ESTree.Expression;
  property: ESTree.Identifier;
};

/**
 * Whether `node` is `o.name` (NamedMember): the common member, which the plain evaluators read,
 * call and assign without the { base, key } record of evaluateMemberTargetPlain.
 */
export function isNamedMember(node: ESTree.MemberExpression): node is NamedMember {
  return !node.computed && node.object.type !== 'Super' && node.property.type === 'Identifier';
}

/** A member expression's key: a property key, or a class's Private Name for `o.#x`. */
export type MemberKey = PropertyKey | PrivateName;

/** The object and key of a member expression, for reads, writes and calls. */
export function* evaluateMemberTarget(
  node: ESTree.MemberExpression,
  scope: Scope,
): Gen<{ base: Value; key: MemberKey }> {
  const a = scope.agent;
  const object = node.object;
  const base =
    object.type === 'Super'
      ? undefined
      : suspends(object)
        ? yield* evaluate(object, scope)
        : evaluatePlain(object, scope);
  if (node.optional && (base === undefined || base === null)) throw SHORT_CIRCUIT;
  const property = node.property;
  if (property.type === 'PrivateIdentifier')
    return { base, key: resolvePrivateName(scope, property.name) };
  if (!node.computed) return { base, key: (property as ESTree.Identifier).name };
  const k = yield* evaluate(property, scope);
  if ((base === undefined || base === null) && node.object.type !== 'Super') {
    throw a.typeError(readNullishMessage(base, typeof k === 'symbol' ? k : toString(a, k)));
  }
  return { base, key: toPropertyKey(a, k) };
}

/** evaluateMemberTarget for a member expression that cannot suspend (see suspends.ts). */
export function evaluateMemberTargetPlain(
  node: ESTree.MemberExpression,
  scope: Scope,
): { base: Value; key: MemberKey } {
  const a = scope.agent;
  const base = node.object.type === 'Super' ? undefined : evaluatePlain(node.object, scope);
  if (node.optional && (base === undefined || base === null)) throw SHORT_CIRCUIT;
  const property = node.property;
  if (property.type === 'PrivateIdentifier')
    return { base, key: resolvePrivateName(scope, property.name) };
  if (!node.computed) return { base, key: (property as ESTree.Identifier).name };
  const k = evaluatePlain(property, scope);
  if ((base === undefined || base === null) && node.object.type !== 'Super') {
    throw a.typeError(readNullishMessage(base, typeof k === 'symbol' ? k : toString(a, k)));
  }
  return { base, key: toPropertyKey(a, k) };
}

/** GetValue of a member reference: `o.x`, `o[k]`, `super.x`, `o.#x`. */
export function getMember(
  scope: Scope,
  node: ESTree.MemberExpression,
  base: Value,
  key: MemberKey,
): Value {
  const a = scope.agent;
  if (key instanceof PrivateName) return privateGet(a, base, key);
  if (node.object.type === 'Super')
    return get(a, thisSuperBase(a, scope), key, thisValue(a, scope));
  return getV(a, base, key);
}

/** PutValue of a member reference. */
export function putMember(
  scope: Scope,
  node: ESTree.MemberExpression,
  base: Value,
  key: MemberKey,
  value: Value,
): void {
  if (key instanceof PrivateName) privateSet(scope.agent, base, key, value);
  else if (node.object.type === 'Super') superPut(scope, key, value);
  else putValue(scope.agent, base, key, value, scope.strict);
}
