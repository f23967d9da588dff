/**
 * Expressions: https://tc39.es/ecma262/#sec-ecmascript-language-expressions. One dispatcher; the
 * `default` branch is an exhaustiveness check (the parser's support check refuses the rest).
 */
import type * as ESTree from 'estree';
import type { Agent } from '../agent';
import { getIterator, iterableToList } from '../realm/iteration';
import {
  createDataProperty,
  describeObject,
  get,
  getV,
  hasProperty,
  instanceOf,
  keyToDisplay,
  looselyEqual,
  putValue,
  readNullishMessage,
  toBoolean,
  toNumber,
  toNumeric,
  toObject,
  toPrimitive,
  toPropertyKey,
  toString,
  typeOf,
} from '../realm/operations';
import {
  isObject,
  JSArray,
  JSFunction,
  JSObject,
  ThrowSignal,
  HOLE,
  type Element,
  type PropertyKey,
  type Value,
} from '../realm/values';
import { awaitValue } from './await';
import { asyncGeneratorYield, inAsyncGenerator } from './asyncIteration';
import { defineClass, defineMethod } from './classes';
import {
  ClosureFunction,
  initializeInstanceFields,
  isAnonymousFunctionDefinition,
  makeFunction,
  setFunctionName,
} from './functions';
import { renderExpression } from './callPrinter';
import { setIntegrityLevel } from '../realm/builtins/object';
import { regExpLiteral } from '../realm/builtins/regexp';
import { assignToName, bindPattern, propertyName, superPut } from './patterns';
import { PrivateName, privateGet, privateIn, privateSet, resolvePrivateName } from './privateNames';
import type { Scope } from './scope';
import { ReturnSignal, type Gen } from './types';

/** Raised by `a?.b` when `a` is nullish; caught by the enclosing ChainExpression. */
class ShortCircuit {}
const SHORT_CIRCUIT = new ShortCircuit();

type Located = { start: number; end: number };
const rangeOf = (n: ESTree.Node): [number, number] => [
  (n as unknown as Located).start,
  (n as unknown as Located).end,
];

export function* evaluate(node: ESTree.Node, scope: Scope, nameHint?: string): Gen<Value> {
  const a = scope.agent;
  switch (node.type) {
    case 'Literal':
      if ((node as ESTree.RegExpLiteral).regex !== undefined)
        return regExpLiteral(
          a,
          (node as ESTree.RegExpLiteral).regex.pattern,
          (node as ESTree.RegExpLiteral).regex.flags,
        );
      return node.value as Value;
    case 'Identifier':
      return lookupName(a, node.name, scope);
    case 'ThisExpression':
      return thisValue(a, scope);
    case 'TemplateLiteral': {
      let s = node.quasis[0].value.cooked ?? '';
      for (let i = 0; i < node.expressions.length; i++) {
        const v = yield* evaluate(node.expressions[i], scope);
        if (typeof v === 'symbol') throw a.typeError('Cannot convert a Symbol value to a string');
        s += toString(a, v) + (node.quasis[i + 1].value.cooked ?? '');
      }
      return s;
    }
    case 'TaggedTemplateExpression':
      return yield* evaluateTaggedTemplate(node, scope);
    case 'ArrayExpression': {
      const items: Element[] = [];
      for (const e of node.elements) {
        if (e === null) items.push(HOLE);
        else if (e.type === 'SpreadElement')
          items.push(...iterableToList(a, yield* evaluate(e.argument, scope), e.argument));
        else items.push(yield* evaluate(e, scope));
      }
      return new JSArray(a.intrinsics.ArrayPrototype, items);
    }
    case 'ObjectExpression':
      return yield* evaluateObject(node, scope);
    case 'FunctionExpression': {
      if (node.id) {
        // A named function expression sees its own name in a scope of its own.
        const own = scope.child();
        const f = makeFunction(a, node, own, node.id.name);
        own.declare(node.id.name, f, false);
        own.bindings.get(node.id.name)!.silentImmutable = true;
        return f;
      }
      return makeFunction(a, node, scope, nameHint ?? '');
    }
    case 'ArrowFunctionExpression':
      return makeFunction(a, node, scope, nameHint ?? '');
    case 'ClassExpression':
      return yield* defineClass(node, scope, nameHint);
    case 'UnaryExpression':
      return yield* evaluateUnary(node, scope);
    case 'UpdateExpression':
      return yield* evaluateUpdate(node, scope);
    case 'BinaryExpression': {
      if (node.left.type === 'PrivateIdentifier') {
        const name = resolvePrivateName(scope, node.left.name);
        return privateIn(a, yield* evaluate(node.right, scope), name);
      }
      const left = yield* evaluate(node.left, scope);
      const right = yield* evaluate(node.right, scope);
      return binaryOperation(a, node.operator, left, right);
    }
    case 'LogicalExpression': {
      const left = yield* evaluate(node.left, scope);
      if (node.operator === '&&')
        return toBoolean(left) ? yield* evaluate(node.right, scope) : left;
      if (node.operator === '||')
        return toBoolean(left) ? left : yield* evaluate(node.right, scope);
      return left === undefined || left === null ? yield* evaluate(node.right, scope) : left;
    }
    case 'ConditionalExpression':
      return toBoolean(yield* evaluate(node.test, scope))
        ? yield* evaluate(node.consequent, scope)
        : yield* evaluate(node.alternate, scope);
    case 'AssignmentExpression':
      return yield* evaluateAssignment(node, scope);
    case 'SequenceExpression': {
      let v: Value;
      for (const e of node.expressions) v = yield* evaluate(e, scope);
      return v;
    }
    case 'MemberExpression': {
      const { base, key } = yield* evaluateMemberTarget(node, scope);
      return getMember(scope, node, base, key);
    }
    case 'ChainExpression':
      try {
        return yield* evaluate(node.expression, scope);
      } catch (e) {
        if (e === SHORT_CIRCUIT) return undefined;
        throw e;
      }
    case 'CallExpression':
      return yield* evaluateCall(node, scope);
    case 'NewExpression': {
      const callee = yield* evaluate(node.callee, scope);
      const args = yield* evaluateArguments(node.arguments, scope);
      if (!(callee instanceof JSFunction) || !callee.isConstructor)
        throw a.typeError(`${renderExpression(node.callee)} is not a constructor`);
      a.step(node);
      return (yield { kind: 'construct', callee, args, newTarget: callee, callSite: rangeOf(node) })
        .value;
    }
    case 'MetaProperty':
      return scope.fn.newTarget;
    case 'AwaitExpression':
      return yield* awaitValue(yield* evaluate(node.argument, scope));
    case 'YieldExpression':
      return yield* evaluateYield(node, scope);
    default:
      throw new Error(`internal: no evaluator for expression ${node.type}`);
  }
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

function thisValue(a: Agent, scope: Scope): Value {
  if (!scope.fn.thisBound)
    throw a.referenceError(
      "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
    );
  return scope.fn.thisValue;
}

/** [[HomeObject]].[[Prototype]], where `super.x` looks. */
function thisSuperBase(a: Agent, scope: Scope): JSObject {
  const home = scope.fn.homeObject;
  if (!home || !home.proto) throw a.typeError("'super' keyword unexpected here");
  return home.proto;
}

/** A member expression's key: a property key, or a class's Private Name for `o.#x`. */
export type MemberKey = PropertyKey | PrivateName;

/** The object and key of a member expression, for reads, writes and calls. */
export function* evaluateMemberTarget(
  node: ESTree.MemberExpression,
  scope: Scope,
): Gen<{ base: Value; key: MemberKey }> {
  const a = scope.agent;
  const base = node.object.type === 'Super' ? undefined : yield* evaluate(node.object, scope);
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

function* evaluateObject(node: ESTree.ObjectExpression, scope: Scope): Gen<Value> {
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

function* evaluateUnary(node: ESTree.UnaryExpression, scope: Scope): Gen<Value> {
  const a = scope.agent;
  if (node.operator === 'typeof' && node.argument.type === 'Identifier') {
    const name = node.argument.name;
    if (!scope.lookup(name) && !hasProperty(a.globalObject, name)) return 'undefined';
  }
  if (node.operator === 'delete') return yield* evaluateDelete(node.argument, scope);
  const v = yield* evaluate(node.argument, scope);
  switch (node.operator) {
    case 'typeof':
      return typeOf(v);
    case 'void':
      return undefined;
    case '!':
      return !toBoolean(v);
    case '-': {
      const n = toNumeric(a, v);
      return -n;
    }
    case '+':
      return toNumber(a, v);
    case '~': {
      const n = toNumeric(a, v);
      return ~(n as number);
    }
  }
}

/** https://tc39.es/ecma262/#sec-delete-operator-runtime-semantics-evaluation */
function* evaluateDelete(arg: ESTree.Expression, scope: Scope): Gen<boolean> {
  const a = scope.agent;
  if (arg.type === 'ChainExpression') {
    try {
      return yield* evaluateDelete(arg.expression, scope);
    } catch (e) {
      if (e === SHORT_CIRCUIT) return true;
      throw e;
    }
  }
  if (arg.type === 'Identifier') {
    // Sloppy code only (strict code cannot parse this): bindings stay, global properties may go.
    if (scope.lookup(arg.name)) return false;
    return a.globalObject.deleteOwn(arg.name);
  }
  if (arg.type !== 'MemberExpression') {
    yield* evaluate(arg, scope);
    return true;
  }
  if (arg.object.type === 'Super') throw a.referenceError("Unsupported reference to 'super'");
  const target = yield* evaluateMemberTarget(arg, scope);
  const key = target.key as PropertyKey; // `delete o.#x` does not parse
  const obj = toObject(a, target.base);
  if (obj.deleteOwn(key)) return true;
  if (scope.strict)
    throw a.typeError(`Cannot delete property '${keyToDisplay(key)}' of ${describeObject(a, obj)}`);
  return false;
}

function* evaluateUpdate(node: ESTree.UpdateExpression, scope: Scope): Gen<Value> {
  const a = scope.agent;
  const arg = node.argument;
  if (arg.type === 'Identifier') {
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
  const member = arg as ESTree.MemberExpression;
  const { base, key } = yield* evaluateMemberTarget(member, scope);
  const old = toNumeric(a, getMember(scope, member, base, key));
  const next = increment(old, node.operator);
  putMember(scope, member, base, key, next);
  return node.prefix ? next : old;
}

function increment(old: number | bigint, operator: '++' | '--'): number | bigint {
  if (typeof old === 'bigint') return operator === '++' ? old + 1n : old - 1n;
  return operator === '++' ? old + 1 : old - 1;
}

/** https://tc39.es/ecma262/#sec-applystringornumericbinaryoperator and the relational operators. */
export function binaryOperation(a: Agent, op: string, left: Value, right: Value): Value {
  switch (op) {
    case '+': {
      const l = toPrimitive(a, left);
      const r = toPrimitive(a, right);
      if (typeof l === 'string' || typeof r === 'string') return toString(a, l) + toString(a, r);
      return numeric(a, op, l, r);
    }
    case '-':
    case '*':
    case '/':
    case '%':
    case '**':
    case '<<':
    case '>>':
    case '>>>':
    case '&':
    case '|':
    case '^':
      return numeric(a, op, left, right);
    case '==':
      return looselyEqual(a, left, right);
    case '!=':
      return !looselyEqual(a, left, right);
    case '===':
      return looselyOrStrictlyEqual(left, right, true);
    case '!==':
      return !looselyOrStrictlyEqual(left, right, true);
    case '<':
    case '>':
    case '<=':
    case '>=': {
      const l = toPrimitive(a, left, 'number');
      const r = toPrimitive(a, right, 'number');
      if (typeof l === 'symbol' || typeof r === 'symbol')
        throw a.typeError('Cannot convert a Symbol value to a number');
      // Primitives only from here: the host's comparison is the spec's.
      const x = l as string | number | bigint | boolean | null | undefined;
      const y = r as typeof x;
      if (op === '<') return (x as number) < (y as number);
      if (op === '>') return (x as number) > (y as number);
      if (op === '<=') return (x as number) <= (y as number);
      return (x as number) >= (y as number);
    }
    case 'instanceof':
      return instanceOf(a, left, right);
    case 'in':
      if (!isObject(right))
        throw a.typeError(
          `Cannot use 'in' operator to search for '${typeof left === 'symbol' ? left.toString() : String(left)}' in ${String(right)}`,
        );
      return hasProperty(right, toPropertyKey(a, left));
    default:
      throw new Error(`internal: operator ${op}`);
  }
}

function numeric(a: Agent, op: string, left: Value, right: Value): number | bigint {
  const l = toNumeric(a, left);
  const r = toNumeric(a, right);
  if (typeof l !== typeof r)
    throw a.typeError('Cannot mix BigInt and other types, use explicit conversions');
  const x = l as number;
  const y = r as number;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      if (typeof l === 'bigint' && r === 0n) throw a.rangeError('Division by zero');
      return x / y;
    case '%':
      if (typeof l === 'bigint' && r === 0n) throw a.rangeError('Division by zero');
      return x % y;
    case '**':
      return x ** y;
    case '<<':
      return x << y;
    case '>>':
      return x >> y;
    case '>>>':
      if (typeof l === 'bigint')
        throw a.typeError('BigInts have no unsigned right shift, use >> instead');
      return x >>> y;
    case '&':
      return x & y;
    case '|':
      return x | y;
    case '^':
      return x ^ y;
  }
  throw new Error(`internal: operator ${op}`);
}

/** IsStrictlyEqual: objects by identity, primitives by the host's === (same semantics). */
export function looselyOrStrictlyEqual(x: Value, y: Value, _strict: true): boolean {
  return x === y;
}

function* evaluateAssignment(node: ESTree.AssignmentExpression, scope: Scope): Gen<Value> {
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

export function* evaluateArguments(
  args: Array<ESTree.Expression | ESTree.SpreadElement>,
  scope: Scope,
): Gen<Value[]> {
  const list: Value[] = [];
  for (const arg of args) {
    if (arg.type === 'SpreadElement')
      list.push(...spreadArgument(scope.agent, yield* evaluate(arg.argument, scope)));
    else list.push(yield* evaluate(arg, scope));
  }
  return list;
}

/** A spread argument `f(...x)`, with V8's wording when x is not iterable. */
function spreadArgument(a: Agent, v: Value): Value[] {
  if (v === undefined || v === null)
    throw a.typeError(`${v} is not iterable (cannot read property ${v})`);
  if (!(getV(a, v, Symbol.iterator) instanceof JSFunction))
    throw a.typeError('Spread syntax requires ...iterable[Symbol.iterator] to be a function');
  return iterableToList(a, v);
}

function* evaluateCall(node: ESTree.CallExpression, scope: Scope): Gen<Value> {
  const a = scope.agent;
  const callee = node.callee;
  if (callee.type === 'Super') return yield* evaluateSuperCall(node, scope);
  let f: Value;
  let thisArg: Value = undefined;
  if (callee.type === 'MemberExpression') {
    const { base, key } = yield* evaluateMemberTarget(callee, scope);
    thisArg = callee.object.type === 'Super' ? thisValue(a, scope) : base;
    f = getMember(scope, callee, base, key);
  } else {
    f = yield* evaluate(callee, scope);
  }
  if ((node as ESTree.SimpleCallExpression).optional && (f === undefined || f === null))
    throw SHORT_CIRCUIT;
  const args = yield* evaluateArguments(node.arguments, scope);
  if (!(f instanceof JSFunction))
    throw a.typeError(`${renderExpression(callee)} is not a function`);
  a.step(node);
  return (yield { kind: 'call', callee: f, thisArg, args, callSite: rangeOf(node) }).value;
}

/** https://tc39.es/ecma262/#sec-super-keyword-runtime-semantics-evaluation */
function* evaluateSuperCall(node: ESTree.CallExpression, scope: Scope): Gen<Value> {
  const a = scope.agent;
  const fn = scope.fn;
  const activeFunction = fn.func;
  const superConstructor = activeFunction?.proto;
  const args = yield* evaluateArguments(node.arguments, scope);
  if (!(superConstructor instanceof JSFunction) || !superConstructor.isConstructor)
    throw a.typeError('Super constructor is not a constructor');
  a.step(node);
  const result = (yield {
    kind: 'construct',
    callee: superConstructor,
    args,
    newTarget: fn.newTarget!,
    callSite: rangeOf(node),
  }).value as JSObject;
  if (fn.thisBound) throw a.referenceError('Super constructor may only be called once');
  fn.thisValue = result;
  fn.thisBound = true;
  if (activeFunction) yield* initializeInstanceFields(a, result, activeFunction);
  return result;
}

function* evaluateTaggedTemplate(node: ESTree.TaggedTemplateExpression, scope: Scope): Gen<Value> {
  const a = scope.agent;
  let thisArg: Value = undefined;
  let f: Value;
  if (node.tag.type === 'MemberExpression') {
    const { base, key } = yield* evaluateMemberTarget(node.tag, scope);
    thisArg = node.tag.object.type === 'Super' ? thisValue(a, scope) : base;
    f = getMember(scope, node.tag, base, key);
  } else {
    f = yield* evaluate(node.tag, scope);
  }
  const strings = templateObject(a, node.quasi);
  const args: Value[] = [strings];
  for (const e of node.quasi.expressions) args.push(yield* evaluate(e, scope));
  if (!(f instanceof JSFunction))
    throw a.typeError(`${renderExpression(node.tag)} is not a function`);
  a.step(node);
  return (yield { kind: 'call', callee: f, thisArg, args, callSite: rangeOf(node) }).value;
}

const templateObjects = new WeakMap<object, JSArray>();

/** https://tc39.es/ecma262/#sec-gettemplateobject: one frozen object per site. */
function templateObject(a: Agent, quasi: ESTree.TemplateLiteral): JSArray {
  let t = templateObjects.get(quasi);
  if (t) return t;
  const raw = new JSArray(
    a.intrinsics.ArrayPrototype,
    quasi.quasis.map((q) => q.value.raw),
  );
  t = new JSArray(
    a.intrinsics.ArrayPrototype,
    quasi.quasis.map((q) => q.value.cooked ?? undefined),
  );
  t.defineOwnProperty('raw', {
    value: raw,
    writable: false,
    enumerable: false,
    configurable: false,
  });
  setIntegrityLevel(raw, 'frozen');
  setIntegrityLevel(t, 'frozen');
  templateObjects.set(quasi, t);
  return t;
}

/** `yield` and `yield*` inside a generator body; the generator object's driver resumes it. */
function* evaluateYield(node: ESTree.YieldExpression, scope: Scope): Gen<Value> {
  const value = node.argument ? yield* evaluate(node.argument, scope) : undefined;
  if (inAsyncGenerator(scope))
    return yield* asyncGeneratorYield(scope.agent, value, !!node.delegate);
  if (node.delegate) return yield* delegateYield(scope.agent, value);
  const resume = yield { kind: 'yield', value };
  if (resume.type === 'throw') throw new ThrowSignal(resume.value);
  if (resume.type === 'return') throw new ReturnSignal(resume.value);
  return resume.value;
}

/** yield*: https://tc39.es/ecma262/#sec-generator-function-definitions-runtime-semantics-evaluation (sync generators). */
function* delegateYield(a: Agent, iterable: Value): Gen<Value> {
  const it = getIterator(a, iterable);
  let received: { type: 'normal' | 'throw' | 'return'; value: Value } = {
    type: 'normal',
    value: undefined,
  };
  for (;;) {
    let result: Value;
    if (received.type === 'normal') {
      result = a.call(it.nextMethod, it.iterator, [received.value]);
    } else if (received.type === 'throw') {
      const t = get(a, it.iterator, 'throw');
      if (t === undefined || t === null) {
        const r = get(a, it.iterator, 'return');
        if (r instanceof JSFunction) a.call(r, it.iterator, []);
        throw a.typeError("The iterator does not provide a 'throw' method");
      }
      result = a.call(t, it.iterator, [received.value]);
    } else {
      const r = get(a, it.iterator, 'return');
      if (r === undefined || r === null) throw new ReturnSignal(received.value);
      result = a.call(r, it.iterator, [received.value]);
      if (!isObject(result)) throw a.typeError('iterator result is not an object');
      if (toBoolean(get(a, result, 'done'))) throw new ReturnSignal(get(a, result, 'value'));
    }
    if (!isObject(result)) throw a.typeError(`Iterator result ${String(result)} is not an object`);
    if (received.type !== 'return' && toBoolean(get(a, result, 'done')))
      return get(a, result, 'value');
    // NON-SPEC (simplification): the inner result object's value is re-wrapped by the generator.
    received = yield { kind: 'yield', value: get(a, result, 'value') };
  }
}
