/**
 * Binding and assignment patterns: https://tc39.es/ecma262/#sec-runtime-semantics-bindinginitialization
 * and https://tc39.es/ecma262/#sec-destructuring-assignment.
 */
import type * as ESTree from 'estree';
import type { Agent } from '../agent';
import { getIterator, iteratorClose, iteratorStep, type IteratorRecord } from '../realm/iteration';
import { createDataProperty, getV, setOrThrow, toObject, toPropertyKey } from '../realm/operations';
import { JSArray, JSObject, ThrowSignal, type PropertyKey, type Value } from '../realm/values';
import { evaluate, evaluateMemberTarget } from './evaluate';
import { ClosureFunction, isAnonymousFunctionDefinition, setFunctionName } from './functions';
import type { Scope } from './scope';
import type { Gen } from './types';

/** var/let/const declare; param declares in the function scope; assign writes existing references. */
export type BindingMode = 'var' | 'let' | 'const' | 'assign';

export function boundNames(p: ESTree.Pattern): string[] {
  switch (p.type) {
    case 'Identifier':
      return [p.name];
    case 'ObjectPattern':
      return p.properties.flatMap((prop) => boundNames(prop.type === 'RestElement' ? prop.argument : prop.value));
    case 'ArrayPattern':
      return p.elements.flatMap((e) => (e ? boundNames(e) : []));
    case 'RestElement':
      return boundNames(p.argument);
    case 'AssignmentPattern':
      return boundNames(p.left);
    default:
      return [];
  }
}

export function* bindPattern(p: ESTree.Pattern, value: Value, scope: Scope, mode: BindingMode): Gen<void> {
  const a = scope.agent;
  switch (p.type) {
    case 'Identifier':
      return bindName(a, p.name, value, scope, mode);
    case 'MemberExpression': {
      const { base, key } = yield* evaluateMemberTarget(p, scope);
      setOrThrow(a, base, key, value);
      return;
    }
    case 'AssignmentPattern': {
      if (value === undefined) {
        value = yield* evaluate(p.right, scope);
        if (p.left.type === 'Identifier' && value instanceof ClosureFunction && value.name === '' && isAnonymousFunctionDefinition(p.right)) {
          setFunctionName(value, p.left.name);
        }
      }
      return yield* bindPattern(p.left, value, scope, mode);
    }
    case 'ObjectPattern':
      return yield* bindObjectPattern(p, value, scope, mode);
    case 'ArrayPattern':
      return yield* bindArrayPattern(p, value, scope, mode);
    case 'RestElement':
      return yield* bindPattern(p.argument, value, scope, mode);
  }
}

export function bindName(a: Agent, name: string, value: Value, scope: Scope, mode: BindingMode): void {
  if (mode === 'let' || mode === 'const') {
    const existing = scope.bindings.get(name);
    if (existing && !existing.initialized) {
      existing.value = value;
      existing.initialized = true;
      return;
    }
    scope.declare(name, value, mode === 'let');
    return;
  }
  if (mode === 'var') {
    // The binding was hoisted to the function scope; find it.
    const b = scope.lookup(name);
    if (b) b.value = value;
    else scope.declare(name, value, true);
    return;
  }
  assignToName(a, name, value, scope);
}

/** PutValue on an identifier reference, strict mode. */
export function assignToName(a: Agent, name: string, value: Value, scope: Scope): void {
  const b = scope.lookup(name);
  if (b) {
    if (!b.initialized) throw a.referenceError(`Cannot access '${name}' before initialization`);
    if (!b.mutable) throw a.typeError('Assignment to constant variable.');
    b.value = value;
    return;
  }
  if (a.globalObject.hasOwn(name) || hasInChain(a.globalObject, name)) {
    setOrThrow(a, a.globalObject, name, value);
    return;
  }
  throw a.referenceError(`${name} is not defined`);
}

function hasInChain(o: JSObject | null, name: string): boolean {
  for (; o; o = o.proto) if (o.hasOwn(name)) return true;
  return false;
}

function* bindObjectPattern(p: ESTree.ObjectPattern, value: Value, scope: Scope, mode: BindingMode): Gen<void> {
  const a = scope.agent;
  if (value === undefined || value === null) {
    const first = p.properties[0];
    if (first && first.type === 'Property' && !first.computed) {
      throw a.typeError(`Cannot destructure property '${propertyName(first.key)}' of '${String(value)}' as it is ${value}.`);
    }
    throw a.typeError(`Cannot destructure '${String(value)}' as it is ${value}.`);
  }
  const used: PropertyKey[] = [];
  for (const prop of p.properties) {
    if (prop.type === 'RestElement') {
      const source = toObject(a, value);
      const rest = new JSObject(a.intrinsics.ObjectPrototype);
      for (const key of source.ownKeys()) {
        if (used.includes(key)) continue;
        const d = source.getOwnProperty(key);
        if (d?.enumerable) createDataProperty(rest, key, getV(a, source, key));
      }
      yield* bindPattern(prop.argument, rest, scope, mode);
      continue;
    }
    const key = prop.computed ? toPropertyKey(a, yield* evaluate(prop.key as ESTree.Expression, scope)) : propertyName(prop.key);
    used.push(key);
    yield* bindPattern(prop.value, getV(a, value, key), scope, mode);
  }
}

export function propertyName(key: ESTree.Node): string {
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'Literal') return String(key.value);
  if (key.type === 'PrivateIdentifier') return `#${key.name}`;
  throw new Error(`internal: property key ${key.type}`);
}

function* bindArrayPattern(p: ESTree.ArrayPattern, value: Value, scope: Scope, mode: BindingMode): Gen<void> {
  const a = scope.agent;
  const it: IteratorRecord = getIterator(a, value);
  try {
    for (const element of p.elements) {
      if (element && element.type === 'RestElement') {
        const rest: Value[] = [];
        while (!it.done) {
          const r = iteratorStep(a, it);
          if (!r.done) rest.push(r.value);
        }
        yield* bindPattern(element.argument, new JSArray(a.intrinsics.ArrayPrototype, rest), scope, mode);
        continue;
      }
      let item: Value = undefined;
      if (!it.done) {
        const r = iteratorStep(a, it);
        item = r.value;
      }
      if (element) yield* bindPattern(element, item, scope, mode);
    }
  } catch (e) {
    if (!it.done && e instanceof ThrowSignal) {
      it.done = true;
      try {
        iteratorClose(a, it);
      } catch {
        /* the original throw wins */
      }
    }
    throw e;
  }
  if (!it.done) iteratorClose(a, it);
}
