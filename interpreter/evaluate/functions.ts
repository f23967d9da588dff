/**
 * Interpreted functions: creation (https://tc39.es/ecma262/#sec-ordinaryfunctioncreate),
 * [[Call]] and [[Construct]] (https://tc39.es/ecma262/#sec-ecmascript-function-objects-call-thisargument-argumentslist),
 * and the start of generator and async bodies, which get a driver of their own.
 */
import type * as ESTree from 'estree';
import type { Agent } from '../agent';
import { startAsyncFunction, startAsyncGenerator } from './async';
import { createGeneratorObject } from '../realm/builtins/generator';
import { get } from '../realm/operations';
import { JSArray, JSFunction, JSObject, type Value } from '../realm/values';
import type { FrameView, SourceRange } from '../trace/types';
import { bindPattern } from './patterns';
import { Scope, type FunctionContext } from './scope';
import { executeStatements, hoistFunctionScope } from './statements';
import { evaluate } from './evaluate';
import { runToEnd } from './drive';
import type { Gen } from './types';

export type FunctionNode = ESTree.FunctionDeclaration | ESTree.FunctionExpression | ESTree.ArrowFunctionExpression;

export interface ClassFieldDefinition {
  key: string | symbol;
  node: ESTree.PropertyDefinition;
}

export class ClosureFunction extends JSFunction {
  readonly isArrow: boolean;
  readonly isAsync: boolean;
  readonly isGenerator: boolean;
  isClassConstructor = false;
  isDerived = false;
  homeObject: JSObject | null = null;
  /** Instance fields a class constructor initializes on `this`. */
  fields: ClassFieldDefinition[] = [];
  fieldScope: Scope | null = null;
  isConstructor: boolean;

  constructor(
    proto: JSObject,
    readonly node: FunctionNode,
    readonly scope: Scope,
    public name: string,
    isMethod = false,
  ) {
    super(proto);
    this.isArrow = node.type === 'ArrowFunctionExpression';
    this.isAsync = !!node.async;
    this.isGenerator = !!node.generator;
    this.isConstructor = !this.isArrow && !this.isAsync && !this.isGenerator && !isMethod;
  }

  debugName(): string {
    return this.name || '(anonymous)';
  }
}

/** Creates a closure over `scope` with its `length`, `name` and (where it has one) `prototype`. */
export function makeFunction(a: Agent, node: FunctionNode, scope: Scope, name: string, isMethod = false): ClosureFunction {
  const I = a.intrinsics;
  const proto = node.async
    ? node.generator
      ? I.AsyncGeneratorFunctionPrototype
      : I.AsyncFunctionPrototype
    : node.generator
      ? I.GeneratorFunctionPrototype
      : I.FunctionPrototype;
  const f = new ClosureFunction(proto, node, scope, name, isMethod);
  f.defineOwnProperty('length', { value: expectedArgumentCount(node.params), writable: false, enumerable: false, configurable: true });
  f.defineOwnProperty('name', { value: name, writable: false, enumerable: false, configurable: true });
  if (f.isGenerator) {
    const prototype = new JSObject(node.async ? I.AsyncGeneratorPrototype : I.GeneratorPrototype);
    f.defineOwnProperty('prototype', { value: prototype, writable: true, enumerable: false, configurable: false });
  } else if (f.isConstructor) {
    const prototype = new JSObject(I.ObjectPrototype);
    prototype.defineOwnProperty('constructor', { value: f, writable: true, enumerable: false, configurable: true });
    f.defineOwnProperty('prototype', { value: prototype, writable: true, enumerable: false, configurable: false });
  }
  return f;
}

function expectedArgumentCount(params: ESTree.Pattern[]): number {
  let n = 0;
  for (const p of params) {
    if (p.type === 'AssignmentPattern' || p.type === 'RestElement') break;
    n++;
  }
  return n;
}

function newFunctionScope(a: Agent, f: ClosureFunction, thisArg: Value, args: Value[], newTarget: JSObject | undefined): Scope {
  if (f.isArrow) return new Scope(a, f.scope, f.scope.fn);
  const fn: FunctionContext = {
    func: f,
    thisValue: thisArg,
    thisBound: !f.isDerived || newTarget === undefined,
    newTarget,
    homeObject: f.homeObject,
    argumentsList: args,
  };
  return new Scope(a, f.scope, fn);
}

/** FunctionDeclarationInstantiation: parameters, `arguments`, hoisted declarations. */
function* instantiate(a: Agent, f: ClosureFunction, scope: Scope, args: Value[]): Gen<void> {
  const node = f.node;
  if (!f.isArrow) {
    scope.declare('arguments', createArgumentsObject(a, args), true);
  }
  for (let i = 0; i < node.params.length; i++) {
    const p = node.params[i];
    if (p.type === 'RestElement') {
      yield* bindPattern(p.argument, new JSArray(a.intrinsics.ArrayPrototype, args.slice(i)), scope, 'let');
      break;
    }
    yield* bindPattern(p, args[i], scope, 'let');
  }
  if (node.body.type === 'BlockStatement') hoistFunctionScope(a, node.body.body, scope);
}

function createArgumentsObject(a: Agent, args: Value[]): JSObject {
  const o = new JSArray(a.intrinsics.ObjectPrototype, args.slice());
  o.className = 'Arguments';
  return o;
}

/** The evaluation of a function body; the caller decides how to drive it. */
function* evaluateBody(a: Agent, f: ClosureFunction, scope: Scope, args: Value[]): Gen<Value> {
  yield* instantiate(a, f, scope, args);
  const body = f.node.body;
  if (body.type !== 'BlockStatement') {
    a.step(body);
    return yield* evaluate(body, scope);
  }
  const c = yield* executeStatements(body.body, scope);
  return c.type === 'return' ? c.value : undefined;
}

/** https://tc39.es/ecma262/#sec-ecmascript-function-objects-call-thisargument-argumentslist */
export function callClosure(
  a: Agent,
  f: ClosureFunction,
  thisArg: Value,
  args: Value[],
  callSite: SourceRange | null,
  kind: FrameView['kind'],
): Value {
  if (f.isClassConstructor) throw a.typeError(`Class constructor ${f.name} cannot be invoked without 'new'`);
  const scope = newFunctionScope(a, f, thisArg, args, undefined);
  if (f.isGenerator) {
    // The generator's body starts on the first next(); only parameters bind now.
    return f.isAsync
      ? startAsyncGenerator(a, f, evaluateBody(a, f, scope, args), kind)
      : createGeneratorObject(a, f, evaluateBody(a, f, scope, args));
  }
  const frame = a.pushFrame(f.debugName(), kind, callSite, f);
  try {
    if (f.isAsync) return startAsyncFunction(a, f, evaluateBody(a, f, scope, args), frame);
    return runToEnd(evaluateBody(a, f, scope, args));
  } catch (e) {
    throw convertHostStackOverflow(a, e);
  } finally {
    a.popFrame(frame);
  }
}

/** https://tc39.es/ecma262/#sec-ecmascript-function-objects-construct-argumentslist-newtarget */
export function constructClosure(a: Agent, f: ClosureFunction, args: Value[], newTarget: JSObject, callSite: SourceRange | null): JSObject {
  let thisArg: JSObject | undefined;
  if (!f.isDerived) {
    const proto = get(a, newTarget, 'prototype');
    thisArg = new JSObject(proto instanceof JSObject ? proto : a.intrinsics.ObjectPrototype);
  }
  const scope = newFunctionScope(a, f, thisArg, args, newTarget);
  const frame = a.pushFrame(f.debugName(), 'call', callSite, f);
  try {
    if (thisArg) runToEnd(initializeInstanceFields(a, thisArg, f));
    const result = runToEnd(evaluateBody(a, f, scope, args));
    if (result instanceof JSObject) return result;
    if (!f.isDerived) return thisArg as JSObject;
    if (result !== undefined) throw a.typeError('Derived constructors may only return object or undefined');
    if (!scope.fn.thisBound) throw a.referenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
    return scope.fn.thisValue as JSObject;
  } catch (e) {
    throw convertHostStackOverflow(a, e);
  } finally {
    a.popFrame(frame);
  }
}

/** https://tc39.es/ecma262/#sec-initializeinstanceelements */
export function* initializeInstanceFields(a: Agent, target: JSObject, ctor: ClosureFunction): Gen<void> {
  if (ctor.fields.length === 0 || !ctor.fieldScope) return;
  const scope = new Scope(a, ctor.fieldScope, {
    func: ctor,
    thisValue: target,
    thisBound: true,
    newTarget: undefined,
    homeObject: ctor.homeObject,
    argumentsList: [],
  });
  for (const field of ctor.fields) {
    let value: Value = undefined;
    if (field.node.value) {
      value = yield* evaluate(field.node.value, scope);
      if (value instanceof ClosureFunction && value.name === '' && isAnonymousFunctionDefinition(field.node.value)) setFunctionName(value, field.key);
    }
    if (!target.defineOwnProperty(field.key, { value, writable: true, enumerable: true, configurable: true })) {
      throw a.typeError(`Cannot redefine property: ${String(field.key)}`);
    }
  }
}

export function isAnonymousFunctionDefinition(node: ESTree.Node): boolean {
  return (node.type === 'FunctionExpression' || node.type === 'ClassExpression') ? !node.id : node.type === 'ArrowFunctionExpression';
}

/** https://tc39.es/ecma262/#sec-setfunctionname */
export function setFunctionName(f: JSFunction, key: string | symbol, prefix?: string): void {
  let name = typeof key === 'symbol' ? (key.description ? `[${key.description}]` : '') : key;
  if (prefix) name = `${prefix} ${name}`;
  if (f instanceof ClosureFunction) f.name = name;
  f.defineOwnProperty('name', { value: name, writable: false, enumerable: false, configurable: true });
}

/** A host stack overflow inside interpreted code surfaces as the program's own RangeError. */
function convertHostStackOverflow(a: Agent, e: unknown): unknown {
  if (e instanceof RangeError && /call stack/i.test(e.message)) return a.rangeError('Maximum call stack size exceeded');
  return e;
}
