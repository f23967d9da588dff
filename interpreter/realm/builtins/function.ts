/** Function.prototype and bound functions: https://tc39.es/ecma262/#sec-properties-of-the-function-prototype-object */
import type { Agent } from '../../agent';
import { ClosureFunction } from '../../evaluate/functions';
import { lengthOfArrayLike, get, ordinaryHasInstance, toIntegerOrInfinity } from '../operations';
import { isObject, JSFunction, JSObject, ThrowSignal, type Value } from '../values';
import { arg, defineConstructor, defineMethod, defineValue, makeBuiltin } from './define';

/** https://tc39.es/ecma262/#sec-bound-function-exotic-objects */
/** A call a builtin makes on behalf of its caller, and nothing else. */
export interface ForwardedCall {
  callee: JSFunction;
  thisArg: Value;
  args: Value[];
}

/**
 * The builtins that only forward a call (Function.prototype.call and apply), with what each
 * call of them comes down to. Interpreted code makes the forwarded call itself
 * (evaluate/functions.ts forwardedCall), so that recursion through `fn.call(…)` (a memoizing
 * wrapper) goes as deep as a direct call, not nested on the host stack through the builtin.
 */
export const forwarders = new WeakMap<
  JSFunction,
  (thisArg: Value, args: Value[]) => ForwardedCall
>();

export class BoundFunction extends JSFunction {
  readonly isConstructor: boolean;
  constructor(
    proto: JSObject | null,
    readonly target: JSFunction,
    readonly boundThis: Value,
    readonly boundArgs: Value[],
  ) {
    super(proto);
    this.isConstructor = target.isConstructor;
  }
  debugName(): string {
    return `bound ${this.target.debugName()}`;
  }
}

export function installFunction(a: Agent): void {
  const FP = a.intrinsics.FunctionPrototype;
  FP.defineOwnProperty('length', {
    value: 0,
    writable: false,
    enumerable: false,
    configurable: true,
  });
  FP.defineOwnProperty('name', {
    value: '',
    writable: false,
    enumerable: false,
    configurable: true,
  });

  const forwardCall = (thisArg: Value, args: Value[]): ForwardedCall => {
    if (!(thisArg instanceof JSFunction))
      throw a.typeError('Function.prototype.call called on a non-function');
    return { callee: thisArg, thisArg: args[0], args: args.slice(1) };
  };
  const forwardApply = (thisArg: Value, args: Value[]): ForwardedCall => {
    if (!(thisArg instanceof JSFunction))
      throw a.typeError('Function.prototype.apply was called on a non-function');
    const list = args[1];
    if (list === undefined || list === null) return { callee: thisArg, thisArg: args[0], args: [] };
    if (!isObject(list)) throw a.typeError('CreateListFromArrayLike called on non-object');
    const n = lengthOfArrayLike(a, list);
    const items: Value[] = [];
    for (let i = 0; i < n; i++) items.push(get(a, list, String(i)));
    return { callee: thisArg, thisArg: args[0], args: items };
  };
  for (const [name, length, forward] of [
    ['call', 1, forwardCall],
    ['apply', 2, forwardApply],
  ] as const) {
    const f = defineMethod(a, FP, name, length, (thisArg, args) => {
      const call = forward(thisArg, args);
      return a.call(call.callee, call.thisArg, call.args, null, 'builtin-callback');
    });
    forwarders.set(f, forward);
  }
  defineMethod(a, FP, 'bind', 1, (thisArg, args) => {
    if (!(thisArg instanceof JSFunction)) throw a.typeError('Bind must be called on a function');
    const bound = new BoundFunction(thisArg.proto, thisArg, args[0], args.slice(1));
    const targetLength = get(a, thisArg, 'length');
    const length =
      typeof targetLength === 'number'
        ? Math.max(0, toIntegerOrInfinity(a, targetLength) - Math.max(0, args.length - 1))
        : 0;
    bound.defineOwnProperty('length', {
      value: length,
      writable: false,
      enumerable: false,
      configurable: true,
    });
    const name = get(a, thisArg, 'name');
    bound.defineOwnProperty('name', {
      value: `bound ${typeof name === 'string' ? name : ''}`,
      writable: false,
      enumerable: false,
      configurable: true,
    });
    return bound;
  });
  defineMethod(a, FP, 'toString', 0, (thisArg) => functionSourceText(a, thisArg));
  const hasInstance = defineMethod(a, FP, Symbol.hasInstance, 1, (thisArg, args) =>
    thisArg instanceof JSFunction ? ordinaryHasInstance(a, thisArg, arg(args, 0)) : false,
  );
  FP.defineOwnProperty(Symbol.hasInstance, {
    value: hasInstance,
    writable: false,
    enumerable: false,
    configurable: false,
  });
  a.intrinsics.FunctionPrototypeHasInstance = hasInstance;
  const thrower = makeBuiltin(a, '', 0, () => {
    throw a.typeError(
      "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them",
    );
  });
  thrower.extensible = false;
  a.intrinsics.ThrowTypeError = thrower;
  FP.defineOwnProperty('caller', {
    get: thrower,
    set: thrower,
    enumerable: false,
    configurable: true,
  });
  FP.defineOwnProperty('arguments', {
    get: thrower,
    set: thrower,
    enumerable: false,
    configurable: true,
  });

  // The Function constructor compiles strings; the sealed realm refuses, as V8 does under a CSP.
  const Function = defineConstructor(a, 'Function', 1, FP, () => {
    throw new ThrowSignal(
      a.makeError('EvalError', 'Code generation from strings disallowed for this context'),
    );
  });
  defineValue(a.globalObject, 'Function', Function);
  a.intrinsics.Function = Function;
}

export function functionSourceText(a: Agent, f: Value): string {
  if (f instanceof ClosureFunction) {
    if (f.classParts) {
      const cls = f.classParts.classNode as unknown as { start: number; end: number };
      return a.source.slice(cls.start, cls.end);
    }
    if (f.sourceText !== null) return f.sourceText;
    const node = f.node as unknown as { start: number; end: number };
    return a.source.slice(node.start, node.end);
  }
  if (f instanceof JSFunction)
    return `function ${f instanceof BoundFunction ? '' : f.debugName()}() { [native code] }`;
  throw a.typeError("Function.prototype.toString requires that 'this' be a Function");
}
