/** Function.prototype and bound functions: https://tc39.es/ecma262/#sec-properties-of-the-function-prototype-object */
import type { Agent } from '../../agent';
import { ClosureFunction } from '../../evaluate/functions';
import { lengthOfArrayLike, get, ordinaryHasInstance, toIntegerOrInfinity } from '../operations';
import { isObject, JSFunction, JSObject, ThrowSignal, type Value } from '../values';
import { arg, defineConstructor, defineMethod, defineValue, makeBuiltin } from './define';

/** https://tc39.es/ecma262/#sec-bound-function-exotic-objects */
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

  defineMethod(a, FP, 'call', 1, (thisArg, args) => {
    if (!(thisArg instanceof JSFunction))
      throw a.typeError('Function.prototype.call called on a non-function');
    return a.call(thisArg, args[0], args.slice(1), null, 'builtin-callback');
  });
  defineMethod(a, FP, 'apply', 2, (thisArg, args) => {
    if (!(thisArg instanceof JSFunction))
      throw a.typeError('Function.prototype.apply was called on a non-function');
    const list = args[1];
    if (list === undefined || list === null)
      return a.call(thisArg, args[0], [], null, 'builtin-callback');
    if (!isObject(list)) throw a.typeError('CreateListFromArrayLike called on non-object');
    const n = lengthOfArrayLike(a, list);
    const items: Value[] = [];
    for (let i = 0; i < n; i++) items.push(get(a, list, String(i)));
    return a.call(thisArg, args[0], items, null, 'builtin-callback');
  });
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
