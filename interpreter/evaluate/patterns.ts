/**
 * Binding and assignment patterns: https://tc39.es/ecma262/#sec-runtime-semantics-bindinginitialization
 * and https://tc39.es/ecma262/#sec-destructuring-assignment.
 */
import type * as ESTree from 'estree';
import type { Agent } from '../agent';
import { getIterator, iteratorClose, iteratorStep, type IteratorRecord } from '../realm/iteration';
import { getV, hasProperty, putValue, toPropertyKey } from '../realm/operations';
import { JSArray, JSObject, ThrowSignal, type PropertyKey, type Value } from '../realm/values';
import { renderExpression } from './callPrinter';
import { evaluate } from './evaluate';
import { isAnonymousFunctionDefinition } from './functions';
import { copyDataProperties } from './nodes/ObjectExpression';
import { evaluateMemberTarget, putMember } from './references';
import type { Scope } from './scope';
import type { Gen } from './types';

/** var/let/const declare; param declares in the function scope; assign writes existing references. */
export type BindingMode = 'var' | 'let' | 'const' | 'assign';

export function boundNames(p: ESTree.Pattern): string[] {
  switch (p.type) {
    case 'Identifier':
      return [p.name];
    case 'ObjectPattern':
      return p.properties.flatMap((prop) =>
        boundNames(prop.type === 'RestElement' ? prop.argument : prop.value),
      );
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

/**
 * Where a destructured value came from, for V8's error messages: the initializer expression
 * (`const {a} = obj` names `obj`), null when there is no source text (a parameter), undefined
 * for a nested pattern.
 */
export type ValueSource = ESTree.Node | null | undefined;

export function* bindPattern(
  p: ESTree.Pattern,
  value: Value,
  scope: Scope,
  mode: BindingMode,
  source?: ValueSource,
): Gen<void> {
  const a = scope.agent;
  switch (p.type) {
    case 'Identifier':
      return bindName(a, p.name, value, scope, mode);
    case 'MemberExpression': {
      const { base, key } = yield* evaluateMemberTarget(p, scope);
      putMember(scope, p, base, key, value);
      return;
    }
    case 'AssignmentPattern': {
      if (value === undefined) {
        // `{ f = function () {} }` names the function f.
        value = yield* evaluate(
          p.right,
          scope,
          p.left.type === 'Identifier' && isAnonymousFunctionDefinition(p.right)
            ? p.left.name
            : undefined,
        );
      }
      // A defaulted parameter's pattern reports like a nested one, as V8 does.
      return yield* bindPattern(p.left, value, scope, mode, source === null ? undefined : source);
    }
    case 'ObjectPattern':
      return yield* bindObjectPattern(p, value, scope, mode, source);
    case 'ArrayPattern':
      return yield* bindArrayPattern(p, value, scope, mode, source);
    case 'RestElement':
      return yield* bindPattern(p.argument, value, scope, mode);
  }
}

export function bindName(
  a: Agent,
  name: string,
  value: Value,
  scope: Scope,
  mode: BindingMode,
): void {
  if (mode === 'let' || mode === 'const') {
    const existing = scope.own(name);
    if (existing && !existing.initialized) {
      existing.value = value;
      existing.initialized = true;
      return;
    }
    scope.declare(name, value, mode === 'let');
    return;
  }
  // `var`: the binding was hoisted to the function scope (or is a global object property).
  assignToName(a, name, value, scope);
}

/**
 * PutValue on an identifier reference (https://tc39.es/ecma262/#sec-putvalue): an unresolvable
 * name throws in strict code and becomes a global object property in sloppy code.
 */
export function assignToName(a: Agent, name: string, value: Value, scope: Scope): void {
  const b = scope.lookup(name);
  if (b) {
    if (!b.initialized) throw a.referenceError(`Cannot access '${name}' before initialization`);
    if (!b.mutable) {
      // A named function expression's own name is immutable, silently so in sloppy code.
      if (b.silentImmutable && !scope.strict) return;
      throw a.typeError('Assignment to constant variable.');
    }
    b.value = value;
    return;
  }
  if (scope.strict && !hasProperty(a.globalObject, name))
    throw a.referenceError(`${name} is not defined`);
  putValue(a, a.globalObject, name, value, scope.strict);
}

/** `super.x = v`: [[Set]] on the home object's prototype with `this` as the receiver. */
export function superPut(scope: Scope, key: PropertyKey, value: Value): void {
  const a = scope.agent;
  const home = scope.fn.homeObject;
  if (!home?.proto) throw a.typeError("'super' keyword unexpected here");
  if (!scope.fn.thisBound)
    throw a.referenceError(
      "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
    );
  putValue(a, home.proto, key, value, scope.strict, scope.fn.thisValue);
}

function* bindObjectPattern(
  p: ESTree.ObjectPattern,
  value: Value,
  scope: Scope,
  mode: BindingMode,
  source: ValueSource,
): Gen<void> {
  const a = scope.agent;
  if (value === undefined || value === null)
    throw a.typeError(destructuringNullishMessage(a, p, value, source));
  const used: PropertyKey[] = [];
  for (const prop of p.properties) {
    if (prop.type === 'RestElement') {
      const rest = new JSObject(a.intrinsics.ObjectPrototype);
      copyDataProperties(a, rest, value, used);
      yield* bindPattern(prop.argument, rest, scope, mode);
      continue;
    }
    const key = prop.computed
      ? toPropertyKey(a, yield* evaluate(prop.key as ESTree.Expression, scope))
      : propertyName(prop.key);
    used.push(key);
    yield* bindPattern(prop.value, getV(a, value, key), scope, mode);
  }
}

/** V8's wording when an object pattern meets null or undefined. */
function destructuringNullishMessage(
  a: Agent,
  p: ESTree.ObjectPattern,
  value: null | undefined,
  source: ValueSource,
): string {
  const first = p.properties[0];
  const named =
    first && first.type === 'Property' && !first.computed ? propertyName(first.key) : null;
  if (source === undefined && named !== null)
    return `Cannot read properties of ${value} (reading '${named}')`;
  const shown = source ? renderExpression(source) : value === null ? 'object null' : 'undefined';
  if (named === null) return `Cannot destructure '${shown}' as it is ${value}.`;
  return `Cannot destructure property '${named}' of '${shown}' as it is ${value}.`;
}

export function propertyName(key: ESTree.Node): string {
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'Literal') return String(key.value);
  if (key.type === 'PrivateIdentifier') return `#${key.name}`;
  throw new Error(`internal: property key ${key.type}`);
}

function* bindArrayPattern(
  p: ESTree.ArrayPattern,
  value: Value,
  scope: Scope,
  mode: BindingMode,
  source: ValueSource,
): Gen<void> {
  const a = scope.agent;
  const it: IteratorRecord = getIterator(a, value, source ?? undefined);
  try {
    for (const element of p.elements) {
      if (element && element.type === 'RestElement') {
        const rest: Value[] = [];
        while (!it.done) {
          const r = iteratorStep(a, it);
          if (!r.done) rest.push(r.value);
        }
        yield* bindPattern(
          element.argument,
          new JSArray(a.intrinsics.ArrayPrototype, rest),
          scope,
          mode,
        );
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
