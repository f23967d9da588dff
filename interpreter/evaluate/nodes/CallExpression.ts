/** https://tc39.es/ecma262/#sec-function-calls-runtime-semantics-evaluation and `super(...)` */
import type * as ESTree from 'estree';
import type { Agent } from '../../agent';
import { iterableToList } from '../../realm/iteration';
import { getV } from '../../realm/operations';
import { JSFunction, type JSObject, type Value } from '../../realm/values';
import { renderExpression } from '../callPrinter';
import { evaluate, evaluatePlain } from '../evaluate';
import { callFromPlain, initializeInstanceFields } from '../functions';
import {
  evaluateMemberTarget,
  evaluateMemberTargetPlain,
  getMember,
  isNamedMember,
  SHORT_CIRCUIT,
  thisValue,
  rangeOf,
} from '../references';
import type { Scope } from '../scope';
import { suspends } from '../suspends';
import type { Gen } from '../types';

export function* evaluateArguments(
  args: Array<ESTree.Expression | ESTree.SpreadElement>,
  scope: Scope,
): Gen<Value[]> {
  const list: Value[] = [];
  for (const arg of args) {
    // Arguments that cannot suspend skip the generator (see suspends.ts).
    if (arg.type === 'SpreadElement')
      list.push(...spreadArgument(scope.agent, yield* evaluate(arg.argument, scope)));
    else list.push(suspends(arg) ? yield* evaluate(arg, scope) : evaluatePlain(arg, scope));
  }
  return list;
}

/** evaluateArguments for arguments that run plainly (see suspends.ts, runsPlain). */
function evaluateArgumentsPlain(
  args: Array<ESTree.Expression | ESTree.SpreadElement>,
  scope: Scope,
): Value[] {
  // An array of the right size at once, not grown by push, until a spread argument (rare).
  const list = new Array<Value>(args.length);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.type === 'SpreadElement') return evaluateSpreadArgumentsPlain(args, i, list, scope);
    list[i] = evaluatePlain(arg, scope);
  }
  return list;
}

/** The rest of evaluateArgumentsPlain from the first spread argument, args[from], on. */
function evaluateSpreadArgumentsPlain(
  args: Array<ESTree.Expression | ESTree.SpreadElement>,
  from: number,
  list: Value[],
  scope: Scope,
): Value[] {
  list.length = from;
  for (let i = from; i < args.length; i++) {
    const arg = args[i];
    if (arg.type === 'SpreadElement')
      list.push(...spreadArgument(scope.agent, evaluatePlain(arg.argument, scope)));
    else list.push(evaluatePlain(arg, scope));
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

export function* evaluateCall(node: ESTree.CallExpression, scope: Scope): Gen<Value> {
  const a = scope.agent;
  const callee = node.callee;
  if (callee.type === 'Super') return yield* evaluateSuperCall(node, scope);
  let f: Value;
  let thisArg: Value = undefined;
  if (callee.type === 'MemberExpression') {
    const { base, key } = suspends(callee)
      ? yield* evaluateMemberTarget(callee, scope)
      : evaluateMemberTargetPlain(callee, scope);
    thisArg = callee.object.type === 'Super' ? thisValue(a, scope) : base;
    f = getMember(scope, callee, base, key);
  } else if (isParenthesizedChainMember(callee)) {
    const member = callee.expression;
    try {
      const { base, key } = suspends(member)
        ? yield* evaluateMemberTarget(member, scope)
        : evaluateMemberTargetPlain(member, scope);
      thisArg = base;
      f = getMember(scope, member, base, key);
    } catch (e) {
      if (e !== SHORT_CIRCUIT) throw e;
      f = undefined;
    }
  } else {
    f = suspends(callee) ? yield* evaluate(callee, scope) : evaluatePlain(callee, scope);
  }
  if ((node as ESTree.SimpleCallExpression).optional && (f === undefined || f === null))
    throw SHORT_CIRCUIT;
  const args = yield* evaluateArguments(node.arguments, scope);
  if (!(f instanceof JSFunction)) throw a.typeError(`${calleeText(callee)} is not a function`);
  a.step(node);
  return (yield { kind: 'call', callee: f, thisArg, args, callSite: rangeOf(node) }).value;
}

/**
 * A call that runs plainly (see suspends.ts, runsPlain; never `super()` or `f?.()`): the same
 * steps as evaluateCall, with the interpreted call made on the host stack.
 */
export function evaluateCallPlain(node: ESTree.CallExpression, scope: Scope): Value {
  const a = scope.agent;
  const callee = node.callee as ESTree.Expression;
  let f: Value;
  let thisArg: Value = undefined;
  if (callee.type === 'MemberExpression' && isNamedMember(callee)) {
    // The common method call `o.name(…)`, read as evaluateMemberExpressionPlain reads `o.name`.
    thisArg = evaluatePlain(callee.object, scope);
    if (callee.optional && (thisArg === undefined || thisArg === null)) throw SHORT_CIRCUIT;
    f = getV(a, thisArg, callee.property.name);
  } else if (callee.type === 'MemberExpression') {
    const { base, key } = evaluateMemberTargetPlain(callee, scope);
    thisArg = callee.object.type === 'Super' ? thisValue(a, scope) : base;
    f = getMember(scope, callee, base, key);
  } else if (isParenthesizedChainMember(callee)) {
    const member = callee.expression;
    try {
      const { base, key } = evaluateMemberTargetPlain(member, scope);
      thisArg = base;
      f = getMember(scope, member, base, key);
    } catch (e) {
      if (e !== SHORT_CIRCUIT) throw e;
      f = undefined;
    }
  } else {
    f = evaluatePlain(callee, scope);
  }
  const args = evaluateArgumentsPlain(node.arguments, scope);
  if (!(f instanceof JSFunction)) throw a.typeError(`${calleeText(callee)} is not a function`);
  a.step(node);
  return callFromPlain(a, f, thisArg, args, rangeOf(node));
}

/**
 * `(o?.m)(…)`: a parenthesized optional chain ending in a member keeps its reference, so the call
 * gets `o` as `this` (https://tc39.es/ecma262/#sec-evaluatecall); short-circuited, the callee is
 * undefined and the call throws.
 */
function isParenthesizedChainMember(
  callee: ESTree.Expression | ESTree.Super,
): callee is ESTree.ChainExpression & { expression: ESTree.MemberExpression } {
  return callee.type === 'ChainExpression' && callee.expression.type === 'MemberExpression';
}

/** The callee as V8 names it when it is not a function: a parenthesized chain is a value. */
function calleeText(callee: ESTree.Expression | ESTree.Super): string {
  return callee.type === 'ChainExpression' ? '(intermediate value)' : renderExpression(callee);
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
