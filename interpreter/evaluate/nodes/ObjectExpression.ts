/** https://tc39.es/ecma262/#sec-object-initializer-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Agent } from '../../agent';
import { createDataProperty, get, toObject, toPropertyKey } from '../../realm/operations';
import { JSObject, type Value, isObject } from '../../realm/values';
import { defineMethod } from '../classes';
import { evaluate } from '../evaluate';
import { ClosureFunction, isAnonymousFunctionDefinition, setFunctionName } from '../functions';
import { propertyName } from '../patterns';
import type { Scope } from '../scope';
import type { Gen } from '../types';

export function* evaluateObject(node: ESTree.ObjectExpression, scope: Scope): Gen<Value> {
  const a = scope.agent;
  const obj = new JSObject(a.intrinsics.ObjectPrototype);
  for (const prop of node.properties) {
    if (prop.type === 'SpreadElement') {
      const source = yield* evaluate(prop.argument, scope);
      copyDataProperties(a, obj, source);
      continue;
    }
    const key = prop.computed
      ? toPropertyKey(a, yield* evaluate(prop.key as ESTree.Expression, scope))
      : propertyName(prop.key);
    if (prop.kind === 'get' || prop.kind === 'set' || prop.method) {
      defineMethod(
        scope,
        obj,
        key,
        prop.value as ESTree.FunctionExpression,
        prop.kind === 'init' ? 'method' : prop.kind,
        true,
        prop,
      );
      continue;
    }
    if (!prop.computed && key === '__proto__' && !prop.shorthand) {
      const v = yield* evaluate(prop.value as ESTree.Expression, scope);
      if (isObject(v) || v === null) obj.proto = v;
      continue;
    }
    const value = yield* evaluate(prop.value as ESTree.Expression, scope);
    if (
      value instanceof ClosureFunction &&
      value.name === '' &&
      isAnonymousFunctionDefinition(prop.value)
    )
      setFunctionName(value, key);
    createDataProperty(obj, key, value);
  }
  return obj;
}

/** https://tc39.es/ecma262/#sec-copydataproperties */
export function copyDataProperties(
  a: Agent,
  target: JSObject,
  source: Value,
  excluded: PropertyKey[] = [],
): void {
  if (source === undefined || source === null) return;
  const from = toObject(a, source);
  for (const key of from.ownKeys()) {
    if (excluded.includes(key)) continue;
    const d = from.getOwnProperty(key);
    if (d?.enumerable) createDataProperty(target, key, get(a, from, key));
  }
}
