/** Class definitions: https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation */
import type * as ESTree from 'estree';
import { inspect } from '../realm/inspect';
import { get, keyToDisplay, toPropertyKey } from '../realm/operations';
import { isObject, JSFunction, JSObject, type PropertyKey, type Value } from '../realm/values';
import { evaluate } from './evaluate';
import {
  ClosureFunction,
  isAnonymousFunctionDefinition,
  makeFunction,
  setFunctionName,
  type ClassFieldDefinition,
  type FunctionNode,
} from './functions';
import { propertyName } from './patterns';
import { PrivateName, privateElementAdd, type PrivateElement } from './privateNames';
import { Scope } from './scope';
import { executeStatements } from './statements';
import type { Gen } from './types';

export function* defineClass(
  node: ESTree.ClassDeclaration | ESTree.ClassExpression,
  outer: Scope,
  nameHint?: string,
): Gen<ClosureFunction> {
  const a = outer.agent;
  const I = a.intrinsics;
  const name = node.id?.name ?? nameHint ?? '';
  // All parts of a class are strict mode code.
  const scope = new Scope(a, outer, outer.fn, true);
  if (node.id) scope.declare(node.id.name, undefined, false, false);
  scope.privateNames = declarePrivateNames(node.body, name);

  let protoParent: JSObject | null = I.ObjectPrototype;
  let constructorParent: JSObject = I.FunctionPrototype;
  if (node.superClass) {
    const superclass = yield* evaluate(node.superClass, scope);
    if (superclass === null) {
      protoParent = null;
    } else {
      if (!(superclass instanceof JSFunction) || !superclass.isConstructor) {
        throw a.typeError(
          `Class extends value ${inspect(a, superclass)} is not a constructor or null`,
        );
      }
      const pp = get(a, superclass, 'prototype');
      if (pp !== null && !isObject(pp))
        throw a.typeError(
          `Class extends value does not have valid prototype property ${inspect(a, pp)}`,
        );
      protoParent = pp as JSObject | null;
      constructorParent = superclass;
    }
  }
  const proto = new JSObject(protoParent);
  const ctorDef = node.body.body.find(
    (m): m is ESTree.MethodDefinition => m.type === 'MethodDefinition' && m.kind === 'constructor',
  );
  const ctorNode: FunctionNode = ctorDef
    ? (ctorDef.value as ESTree.FunctionExpression)
    : syntheticConstructor(!!node.superClass);
  const F = makeFunction(a, ctorNode, scope, name);
  const fields: ClassFieldDefinition[] = [];
  const privateMethods: Array<[PrivateName, PrivateElement]> = [];
  F.proto = constructorParent;
  F.classParts = {
    isDerived: !!node.superClass,
    fields,
    privateMethods,
    classNode: node,
    fieldScope: scope,
  };
  F.homeObject = proto;
  F.defineOwnProperty('prototype', {
    value: proto,
    writable: false,
    enumerable: false,
    configurable: false,
  });
  proto.defineOwnProperty('constructor', {
    value: F,
    writable: true,
    enumerable: false,
    configurable: true,
  });

  const staticElements: Array<ClassFieldDefinition | ESTree.StaticBlock> = [];
  const staticPrivateMethods: Array<[PrivateName, PrivateElement]> = [];
  for (const element of node.body.body) {
    if (element.type === 'MethodDefinition') {
      if (element.kind === 'constructor') continue;
      const target = element.static ? F : proto;
      const fn = element.value as ESTree.FunctionExpression;
      if (element.key.type === 'PrivateIdentifier') {
        const privateName = scope.privateNames.get(element.key.name)!;
        const list = element.static ? staticPrivateMethods : privateMethods;
        addPrivateMethod(
          list,
          privateName,
          privateMethod(
            scope,
            target,
            privateName,
            fn,
            element.kind as 'method' | 'get' | 'set',
            element,
          ),
        );
        continue;
      }
      const key = element.computed
        ? toPropertyKey(a, yield* evaluate(element.key, scope))
        : propertyName(element.key);
      defineMethod(scope, target, key, fn, element.kind, false, element);
    } else if (element.type === 'PropertyDefinition') {
      const key =
        element.key.type === 'PrivateIdentifier'
          ? scope.privateNames.get(element.key.name)!
          : element.computed
            ? toPropertyKey(a, yield* evaluate(element.key, scope))
            : propertyName(element.key);
      if (element.static) staticElements.push({ key, node: element });
      else fields.push({ key, node: element });
    } else if (element.type === 'StaticBlock') {
      staticElements.push(element);
    }
  }
  if (node.id) {
    const b = scope.own(node.id.name)!;
    b.value = F;
    b.initialized = true;
  }
  for (const [privateName, element] of staticPrivateMethods)
    privateElementAdd(a, F, privateName, element);
  // Static fields and blocks run with `this` = the class, in order.
  for (const element of staticElements) {
    const fnScope = new Scope(a, scope, {
      func: F,
      thisValue: F,
      thisBound: true,
      newTarget: undefined,
      homeObject: F,
    });
    if ('type' in element && element.type === 'StaticBlock') {
      yield* executeStatements(element.body, fnScope);
      continue;
    }
    yield* defineField(fnScope, F, element as ClassFieldDefinition);
  }
  return F;
}

/** Every `#name` a class body declares; a getter and a setter of one name share it. */
function declarePrivateNames(body: ESTree.ClassBody, className: string): Map<string, PrivateName> {
  const names = new Map<string, PrivateName>();
  for (const element of body.body) {
    if (element.type === 'StaticBlock' || element.key.type !== 'PrivateIdentifier') continue;
    const kind =
      element.type === 'PropertyDefinition'
        ? 'field'
        : element.kind === 'method'
          ? 'method'
          : 'accessor';
    if (!names.has(element.key.name))
      names.set(element.key.name, new PrivateName(`#${element.key.name}`, kind, className));
  }
  return names;
}

/** A private method or accessor's function (https://tc39.es/ecma262/#sec-privatemethodoraccessoradd). */
function privateMethod(
  scope: Scope,
  home: JSObject,
  name: PrivateName,
  fn: ESTree.FunctionExpression,
  kind: 'method' | 'get' | 'set',
  definition: ESTree.MethodDefinition,
): PrivateElement {
  const f = makeFunction(scope.agent, fn, scope, '', true);
  f.homeObject = home;
  f.sourceText = methodSourceText(scope.agent.source, definition);
  if (kind === 'method') {
    setFunctionName(f, name.description);
    return { kind: 'method', value: f };
  }
  setFunctionName(f, name.description, kind);
  return kind === 'get'
    ? { kind: 'accessor', get: f, set: undefined }
    : { kind: 'accessor', get: undefined, set: f };
}

function addPrivateMethod(
  list: Array<[PrivateName, PrivateElement]>,
  name: PrivateName,
  element: PrivateElement,
): void {
  const existing = list.find(([n]) => n === name);
  if (existing && existing[1].kind === 'accessor' && element.kind === 'accessor') {
    existing[1] = {
      kind: 'accessor',
      get: element.get ?? existing[1].get,
      set: element.set ?? existing[1].set,
    };
  } else list.push([name, element]);
}

/** https://tc39.es/ecma262/#sec-definefield: evaluates the initializer with `this` = the receiver. */
export function* defineField(
  scope: Scope,
  receiver: JSObject,
  field: ClassFieldDefinition,
): Gen<void> {
  const a = scope.agent;
  const key = field.key;
  let value: Value = undefined;
  if (field.node.value) {
    const hint = isAnonymousFunctionDefinition(field.node.value)
      ? key instanceof PrivateName
        ? key.description
        : key
      : undefined;
    value = yield* evaluate(field.node.value, scope, typeof hint === 'symbol' ? undefined : hint);
    if (typeof hint === 'symbol' && value instanceof ClosureFunction) setFunctionName(value, hint);
  }
  if (key instanceof PrivateName) {
    privateElementAdd(a, receiver, key, { kind: 'field', value });
    return;
  }
  if (
    !receiver.defineOwnProperty(key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    })
  ) {
    throw a.typeError(`Cannot redefine property: ${keyToDisplay(key)}`);
  }
}

let syntheticCache: { base: FunctionNode; derived: FunctionNode } | null = null;

/** The default constructors of https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation step 14. */
function syntheticConstructor(derived: boolean): FunctionNode {
  if (!syntheticCache) {
    const range = { start: 0, end: 0 };
    const body = (stmts: ESTree.Statement[]): ESTree.BlockStatement =>
      ({ type: 'BlockStatement', body: stmts, ...range }) as ESTree.BlockStatement;
    const base = {
      type: 'FunctionExpression',
      id: null,
      params: [],
      body: body([]),
      generator: false,
      async: false,
      ...range,
    } as unknown as FunctionNode;
    const args = { type: 'Identifier', name: 'args', ...range } as ESTree.Identifier;
    const superCall = {
      type: 'ExpressionStatement',
      expression: {
        type: 'CallExpression',
        callee: { type: 'Super', ...range },
        arguments: [{ type: 'SpreadElement', argument: args, ...range }],
        optional: false,
        ...range,
      },
      ...range,
    } as unknown as ESTree.Statement;
    const derivedCtor = {
      type: 'FunctionExpression',
      id: null,
      params: [{ type: 'RestElement', argument: args, ...range }],
      body: body([superCall]),
      generator: false,
      async: false,
      ...range,
    } as unknown as FunctionNode;
    syntheticCache = { base, derived: derivedCtor };
  }
  return derived ? syntheticCache.derived : syntheticCache.base;
}

/** Defines a method, getter or setter (https://tc39.es/ecma262/#sec-runtime-semantics-methoddefinitionevaluation). */
export function defineMethod(
  scope: Scope,
  target: JSObject,
  key: PropertyKey,
  fn: ESTree.FunctionExpression,
  kind: 'method' | 'get' | 'set' | 'init',
  enumerable: boolean,
  definition: ESTree.MethodDefinition | ESTree.Property,
): void {
  const a = scope.agent;
  const f = makeFunction(a, fn, scope, '', true);
  f.homeObject = target;
  f.sourceText = methodSourceText(a.source, definition);
  if (kind === 'get' || kind === 'set') {
    setFunctionName(f, key, kind);
    const existing = target.getOwnProperty(key);
    const desc =
      kind === 'get'
        ? { get: f, set: existing && 'set' in existing ? existing.set : undefined }
        : { set: f, get: existing && 'get' in existing ? existing.get : undefined };
    target.defineOwnProperty(key, { ...desc, enumerable, configurable: true });
    return;
  }
  setFunctionName(f, key);
  target.defineOwnProperty(key, { value: f, writable: true, enumerable, configurable: true });
}

/** A method's source as Function.prototype.toString shows it: from its name on, without `static`. */
function methodSourceText(
  source: string,
  definition: ESTree.MethodDefinition | ESTree.Property,
): string {
  const { start, end } = definition as unknown as { start: number; end: number };
  const text = source.slice(start, end);
  return definition.type === 'MethodDefinition' && definition.static
    ? text.replace(/^static\s+/, '')
    : text;
}
