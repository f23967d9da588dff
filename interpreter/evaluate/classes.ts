/** Class definitions: https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation */
import type * as ESTree from 'estree';
import { get, toPropertyKey } from '../realm/operations';
import { isObject, JSFunction, JSObject, type PropertyKey, type Value } from '../realm/values';
import { evaluate } from './evaluate';
import { ClosureFunction, makeFunction, setFunctionName, type FunctionNode } from './functions';
import { propertyName } from './patterns';
import { Scope } from './scope';
import { executeStatements } from './statements';
import type { Gen } from './types';

export function* defineClass(node: ESTree.ClassDeclaration | ESTree.ClassExpression, outer: Scope, nameHint?: string): Gen<ClosureFunction> {
  const a = outer.agent;
  const I = a.intrinsics;
  const name = node.id?.name ?? nameHint ?? '';
  const scope = outer.child();
  if (node.id) scope.declare(node.id.name, undefined, false, false);

  let protoParent: JSObject | null = I.ObjectPrototype;
  let constructorParent: JSObject = I.FunctionPrototype;
  if (node.superClass) {
    const superclass = yield* evaluate(node.superClass, scope);
    if (superclass === null) {
      protoParent = null;
    } else {
      if (!(superclass instanceof JSFunction) || !superclass.isConstructor) {
        throw a.typeError(`Class extends value ${String(superclass instanceof JSObject ? '[object]' : superclass)} is not a constructor or null`);
      }
      const pp = get(a, superclass, 'prototype');
      if (pp !== null && !isObject(pp)) throw a.typeError('Class extends value does not have valid prototype property');
      protoParent = pp as JSObject | null;
      constructorParent = superclass;
    }
  }
  const proto = new JSObject(protoParent);
  const ctorDef = node.body.body.find((m): m is ESTree.MethodDefinition => m.type === 'MethodDefinition' && m.kind === 'constructor');
  const ctorNode: FunctionNode = ctorDef ? (ctorDef.value as ESTree.FunctionExpression) : syntheticConstructor(!!node.superClass);
  const F = makeFunction(a, ctorNode, scope, name);
  F.proto = constructorParent;
  F.isClassConstructor = true;
  F.isDerived = !!node.superClass;
  F.homeObject = proto;
  F.fieldScope = scope;
  F.defineOwnProperty('prototype', { value: proto, writable: false, enumerable: false, configurable: false });
  proto.defineOwnProperty('constructor', { value: F, writable: true, enumerable: false, configurable: true });

  const staticElements: Array<{ key: PropertyKey; node: ESTree.PropertyDefinition } | ESTree.StaticBlock> = [];
  for (const element of node.body.body) {
    if (element.type === 'MethodDefinition') {
      if (element.kind === 'constructor') continue;
      const target = element.static ? F : proto;
      const key = element.computed ? toPropertyKey(a, yield* evaluate(element.key as ESTree.Expression, scope)) : propertyName(element.key);
      defineMethod(scope, target, key, element.value as ESTree.FunctionExpression, element.kind, false);
    } else if (element.type === 'PropertyDefinition') {
      const key = element.computed ? toPropertyKey(a, yield* evaluate(element.key as ESTree.Expression, scope)) : propertyName(element.key);
      if (element.static) staticElements.push({ key, node: element });
      else F.fields.push({ key, node: element });
    } else if (element.type === 'StaticBlock') {
      staticElements.push(element);
    }
  }
  if (node.id) {
    const b = scope.bindings.get(node.id.name)!;
    b.value = F;
    b.initialized = true;
  }
  // Static fields and blocks run with `this` = the class, in order.
  for (const element of staticElements) {
    const fnScope = new Scope(a, scope, {
      func: F,
      thisValue: F,
      thisBound: true,
      newTarget: undefined,
      homeObject: F,
      argumentsList: [],
    });
    if ('type' in element && element.type === 'StaticBlock') {
      yield* executeStatements(element.body, fnScope);
      continue;
    }
    const field = element as { key: PropertyKey; node: ESTree.PropertyDefinition };
    let value: Value = undefined;
    if (field.node.value) {
      value = yield* evaluate(field.node.value, fnScope);
      if (value instanceof ClosureFunction && value.name === '' && !('id' in field.node.value && field.node.value.id)) setFunctionName(value, field.key);
    }
    F.defineOwnProperty(field.key, { value, writable: true, enumerable: true, configurable: true });
  }
  return F;
}

let syntheticCache: { base: FunctionNode; derived: FunctionNode } | null = null;

/** The default constructors of https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation step 14. */
function syntheticConstructor(derived: boolean): FunctionNode {
  if (!syntheticCache) {
    const range = { start: 0, end: 0 };
    const body = (stmts: ESTree.Statement[]): ESTree.BlockStatement => ({ type: 'BlockStatement', body: stmts, ...range }) as ESTree.BlockStatement;
    const base = { type: 'FunctionExpression', id: null, params: [], body: body([]), generator: false, async: false, ...range } as unknown as FunctionNode;
    const args = { type: 'Identifier', name: 'args', ...range } as ESTree.Identifier;
    const superCall = {
      type: 'ExpressionStatement',
      expression: { type: 'CallExpression', callee: { type: 'Super', ...range }, arguments: [{ type: 'SpreadElement', argument: args, ...range }], optional: false, ...range },
      ...range,
    } as unknown as ESTree.Statement;
    const derivedCtor = { type: 'FunctionExpression', id: null, params: [{ type: 'RestElement', argument: args, ...range }], body: body([superCall]), generator: false, async: false, ...range } as unknown as FunctionNode;
    syntheticCache = { base, derived: derivedCtor };
  }
  return derived ? syntheticCache.derived : syntheticCache.base;
}

/** Defines a method, getter or setter (https://tc39.es/ecma262/#sec-runtime-semantics-methoddefinitionevaluation). */
export function defineMethod(scope: Scope, target: JSObject, key: PropertyKey, fn: ESTree.FunctionExpression, kind: 'method' | 'get' | 'set' | 'init', enumerable: boolean): void {
  const a = scope.agent;
  const f = makeFunction(a, fn, scope, '', true);
  f.homeObject = target;
  if (kind === 'get' || kind === 'set') {
    setFunctionName(f, key, kind);
    const existing = target.getOwnProperty(key);
    const desc = kind === 'get' ? { get: f, set: existing && 'set' in existing ? existing.set : undefined } : { set: f, get: existing && 'get' in existing ? existing.get : undefined };
    target.defineOwnProperty(key, { ...desc, enumerable, configurable: true });
    return;
  }
  setFunctionName(f, key);
  target.defineOwnProperty(key, { value: f, writable: true, enumerable, configurable: true });
}
