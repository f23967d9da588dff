/**
 * Abstract operations of ECMA-262 §7 that the evaluator and the builtins share.
 * Each takes the Agent because any of them may call back into interpreted code (a getter,
 * valueOf, toString, Symbol.toPrimitive).
 */
import type { Agent } from '../agent';
import { functionSourceText } from './builtins/function';
import {
  arrayIndex,
  BuiltinFunction,
  HOLE,
  isAccessor,
  isObject,
  JSArray,
  JSFunction,
  JSObject,
  ThrowSignal,
  type PropertyKey,
  type Value,
} from './values';

export const typeOf = (v: Value): string => {
  if (v === null) return 'object';
  if (v instanceof JSFunction) return 'function';
  if (v instanceof JSObject) return 'object';
  return typeof v;
};

/** https://tc39.es/ecma262/#sec-getvalue for an object base. */
export function get(a: Agent, obj: JSObject, key: PropertyKey, receiver: Value = obj): Value {
  for (let o: JSObject | null = obj; o; o = o.proto) {
    if (o instanceof JSArray) {
      const v = o.denseElement(key);
      if (v !== HOLE) return v;
    }
    const p = o.getOwnProperty(key);
    if (!p) continue;
    if (isAccessor(p)) return p.get ? a.call(p.get, receiver, []) : undefined;
    return p.value;
  }
  return undefined;
}

/** GetV: property access on any value (primitives use their wrapper's prototype). */
export function getV(a: Agent, v: Value, key: PropertyKey): Value {
  if (isObject(v)) return get(a, v, key);
  if (v === undefined || v === null) throw a.typeError(readNullishMessage(v, key));
  if (typeof v === 'string') {
    if (key === 'length') return v.length;
    const i = arrayIndex(key);
    if (i >= 0) return i < v.length ? v[i] : undefined;
  }
  return get(a, a.protoOfPrimitive(v), key, v);
}

/** V8's TypeError for `null.x` (and, specially, for `null[Symbol.iterator]`). */
export function readNullishMessage(base: null | undefined, key: PropertyKey): string {
  if (key === Symbol.iterator)
    return `${base === null ? 'object null' : 'undefined'} is not iterable (cannot read property Symbol(Symbol.iterator))`;
  return `Cannot read properties of ${base} (reading '${keyToDisplay(key)}')`;
}

export function keyToDisplay(key: PropertyKey): string {
  return typeof key === 'symbol' ? key.toString() : key;
}

/** Why an assignment failed, for V8's wording of the TypeError strict code throws. */
export type SetFailure = 'read-only' | 'getter-only' | 'not-extensible';

/** https://tc39.es/ecma262/#sec-ordinaryset */
export function set(
  a: Agent,
  obj: JSObject,
  key: PropertyKey,
  value: Value,
  receiver: Value = obj,
): boolean {
  return ordinarySet(a, obj, key, value, receiver) === null;
}

const ordinaryGetOwnProperty = JSObject.prototype.getOwnProperty;
const ordinaryDefineOwnProperty = JSObject.prototype.defineOwnProperty;

/** OrdinarySet, returning why it failed (null when it succeeded). */
export function ordinarySet(
  a: Agent,
  obj: JSObject,
  key: PropertyKey,
  value: Value,
  receiver: Value,
): SetFailure | null {
  if (key === 'length' && receiver instanceof JSArray) value = toArrayLength(a, value);
  // An array's own dense element is a writable data property: the write replaces its value.
  if (obj === receiver && obj instanceof JSArray) {
    const i = obj.denseIndex(key);
    if (i >= 0) {
      obj.items[i] = value;
      return null;
    }
  }
  let owner: JSObject | null = obj;
  let p = undefined;
  while (owner) {
    p = owner.getOwnProperty(key);
    if (p) break;
    owner = owner.proto;
  }
  if (p && isAccessor(p)) {
    if (!p.set) return 'getter-only';
    a.call(p.set, receiver, [value]);
    return null;
  }
  if (p && !p.writable) return 'read-only';
  if (!isObject(receiver)) return 'read-only';
  if (owner === receiver && p) {
    if (
      receiver.getOwnProperty === ordinaryGetOwnProperty &&
      receiver.defineOwnProperty === ordinaryDefineOwnProperty
    ) {
      // An ordinary object's writable data property: ValidateAndApplyPropertyDescriptor with
      // { value } changes the value alone, so the stored property takes it in place.
      p.value = value;
      return null;
    }
    return receiver.defineOwnProperty(key, { value }) ? null : 'read-only';
  }
  const existing = receiver.getOwnProperty(key);
  if (existing) {
    if (isAccessor(existing) || !existing.writable) return 'read-only';
    return receiver.defineOwnProperty(key, { value }) ? null : 'read-only';
  }
  return receiver.defineOwnProperty(key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  })
    ? null
    : 'not-extensible';
}

/** PutValue in strict mode (and for builtins, which always throw): a failed assignment throws. */
export function setOrThrow(a: Agent, target: Value, key: PropertyKey, value: Value): void {
  putValue(a, target, key, value, true);
}

/**
 * https://tc39.es/ecma262/#sec-putvalue for a property reference: strict code throws V8's
 * TypeError when the assignment fails; sloppy code fails silently.
 */
export function putValue(
  a: Agent,
  target: Value,
  key: PropertyKey,
  value: Value,
  strict: boolean,
  receiver: Value = target,
): void {
  if (isObject(target)) {
    const failure = ordinarySet(a, target, key, value, receiver);
    if (failure && strict)
      throw a.typeError(assignmentFailure(a, failure, isObject(receiver) ? receiver : target, key));
    return;
  }
  if (target === undefined || target === null)
    throw a.typeError(`Cannot set properties of ${target} (setting '${keyToDisplay(key)}')`);
  // A primitive's property: setters on the prototype chain run; anything else fails.
  const failure = ordinarySet(a, a.protoOfPrimitive(target), key, value, target);
  if (!failure || !strict) return;
  if (failure === 'getter-only')
    throw a.typeError(assignmentFailure(a, failure, a.protoOfPrimitive(target), key));
  const shown = `${typeOf(target)} '${typeof target === 'symbol' ? target.toString() : String(target)}'`;
  if (
    typeof target === 'string' &&
    (key === 'length' || (arrayIndex(key) >= 0 && arrayIndex(key) < target.length))
  ) {
    throw a.typeError(`Cannot assign to read only property '${keyToDisplay(key)}' of ${shown}`);
  }
  throw a.typeError(`Cannot create property '${keyToDisplay(key)}' on ${shown}`);
}

function assignmentFailure(a: Agent, failure: SetFailure, o: JSObject, key: PropertyKey): string {
  switch (failure) {
    case 'not-extensible':
      return `Cannot add property ${keyToDisplay(key)}, object is not extensible`;
    case 'getter-only':
      return `Cannot set property ${keyToDisplay(key)} of ${describeObject(a, o)} which has only a getter`;
    case 'read-only':
      return `Cannot assign to read only property '${keyToDisplay(key)}' of ${o instanceof JSFunction ? 'function' : 'object'} '${describeObject(a, o)}'`;
  }
}

/**
 * How V8 names an object in its error messages: `#<Ctor>` for ordinary objects, the
 * Object.prototype.toString form for arrays and null-prototype objects, the source of functions.
 */
export function describeObject(a: Agent, o: JSObject): string {
  if (o instanceof JSFunction) return functionSourceText(a, o);
  if (o instanceof JSArray && o.className === 'Array') return '[object Array]';
  if (o.className === 'String') return '[object String]';
  const name = constructorNameOf(o);
  return name ? `#<${name}>` : '[object Object]';
}

/** The name of the nearest `constructor` found on the prototype chain, without running user code. */
export function constructorNameOf(obj: JSObject): string | null {
  for (let o: JSObject | null = obj; o; o = o.proto) {
    const d = o.getOwnProperty('constructor');
    if (d && !isAccessor(d) && d.value instanceof JSFunction) {
      const n = d.value.getOwnProperty('name');
      if (n && !isAccessor(n) && typeof n.value === 'string' && n.value) return n.value;
    }
  }
  return null;
}

/** The checked new length of an array: https://tc39.es/ecma262/#sec-arraysetlength steps 3-5. */
export function toArrayLength(a: Agent, v: Value): number {
  const n = toNumber(a, v);
  if (n >>> 0 !== n) throw a.rangeError('Invalid array length');
  return n;
}

export function hasProperty(obj: JSObject, key: PropertyKey): boolean {
  for (let o: JSObject | null = obj; o; o = o.proto) if (o.hasOwn(key)) return true;
  return false;
}

export function createDataProperty(obj: JSObject, key: PropertyKey, value: Value): boolean {
  return obj.defineOwnProperty(key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/** https://tc39.es/ecma262/#sec-toprimitive */
export function toPrimitive(
  a: Agent,
  v: Value,
  hint: 'default' | 'number' | 'string' = 'default',
): Exclude<Value, JSObject> {
  if (!isObject(v)) return v;
  const exotic = get(a, v, Symbol.toPrimitive);
  if (exotic !== undefined && exotic !== null) {
    if (!(exotic instanceof JSFunction)) throw a.typeError('Symbol.toPrimitive is not a function');
    const r = a.call(exotic, v, [hint]);
    if (isObject(r)) throw a.typeError('Cannot convert object to primitive value');
    return r;
  }
  const order = hint === 'string' ? ['toString', 'valueOf'] : ['valueOf', 'toString'];
  for (const name of order) {
    const method = get(a, v, name);
    if (method instanceof JSFunction) {
      const r = a.call(method, v, []);
      if (!isObject(r)) return r;
    }
  }
  throw a.typeError('Cannot convert object to primitive value');
}

export function toNumber(a: Agent, v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'symbol') throw a.typeError('Cannot convert a Symbol value to a number');
  if (typeof v === 'bigint') throw a.typeError('Cannot convert a BigInt value to a number');
  if (isObject(v)) return toNumber(a, toPrimitive(a, v, 'number'));
  return Number(v);
}

export function toNumeric(a: Agent, v: Value): number | bigint {
  const p = toPrimitive(a, v, 'number');
  return typeof p === 'bigint' ? p : toNumber(a, p);
}

export function toString(a: Agent, v: Value): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'symbol') throw a.typeError('Cannot convert a Symbol value to a string');
  if (isObject(v)) return toString(a, toPrimitive(a, v, 'string'));
  return String(v);
}

export function toPropertyKey(a: Agent, v: Value): PropertyKey {
  const p = toPrimitive(a, v, 'string');
  return typeof p === 'symbol' ? p : toString(a, p);
}

export function toBoolean(v: Value): boolean {
  return isObject(v) ? true : Boolean(v);
}

export function toObject(a: Agent, v: Value): JSObject {
  if (isObject(v)) return v;
  if (v === undefined || v === null)
    throw a.typeError('Cannot convert undefined or null to object');
  return a.wrapPrimitive(v);
}

export function toIntegerOrInfinity(a: Agent, v: Value): number {
  const n = toNumber(a, v);
  if (Number.isNaN(n) || n === 0) return 0;
  return Number.isFinite(n) ? Math.trunc(n) : n;
}

export function toLength(a: Agent, v: Value): number {
  const n = toIntegerOrInfinity(a, v);
  return n <= 0 ? 0 : Math.min(n, Number.MAX_SAFE_INTEGER);
}

export function lengthOfArrayLike(a: Agent, obj: JSObject): number {
  if (obj instanceof JSArray) return obj.items.length;
  return toLength(a, get(a, obj, 'length'));
}

/** https://tc39.es/ecma262/#sec-islooselyequal */
export function looselyEqual(a: Agent, x: Value, y: Value): boolean {
  if (isObject(x) && isObject(y)) return x === y;
  if ((x === null || x === undefined) && (y === null || y === undefined)) return true;
  if (x === null || x === undefined || y === null || y === undefined) return false;
  if (isObject(x)) return looselyEqual(a, toPrimitive(a, x), y);
  if (isObject(y)) return looselyEqual(a, x, toPrimitive(a, y));
  // Both primitives now: the host's == on primitives is the spec's.
  return x == y;
}

export function instanceOf(a: Agent, v: Value, target: Value): boolean {
  if (!isObject(target)) throw a.typeError(`Right-hand side of 'instanceof' is not an object`);
  const hasInstance = get(a, target, Symbol.hasInstance);
  if (hasInstance !== undefined && hasInstance !== a.intrinsics.FunctionPrototypeHasInstance) {
    return toBoolean(a.call(hasInstance as JSFunction, target, [v]));
  }
  if (!(target instanceof JSFunction))
    throw a.typeError(`Right-hand side of 'instanceof' is not callable`);
  return ordinaryHasInstance(a, target, v);
}

export function ordinaryHasInstance(a: Agent, target: JSFunction, v: Value): boolean {
  if (!isObject(v)) return false;
  const bound = a.boundTargetOf(target);
  if (bound) return instanceOf(a, v, bound);
  const proto = get(a, target, 'prototype');
  if (!isObject(proto))
    throw a.typeError(`Function has non-object prototype '${String(proto)}' in instanceof check`);
  for (let o = v.proto; o; o = o.proto) if (o === proto) return true;
  return false;
}

export function speciesConstructor(a: Agent, obj: JSObject, fallback: JSFunction): JSFunction {
  const c = get(a, obj, 'constructor');
  if (c === undefined) return fallback;
  if (!isObject(c)) throw a.typeError('object.constructor is not an object');
  const s = get(a, c, Symbol.species);
  if (s === undefined || s === null) return fallback;
  if (s instanceof JSFunction && s.isConstructor) return s;
  throw a.typeError('object.constructor[Symbol.species] is not a constructor');
}

export function getMethod(a: Agent, v: Value, key: PropertyKey): JSFunction | undefined {
  const f = getV(a, v, key);
  if (f === undefined || f === null) return undefined;
  if (!(f instanceof JSFunction)) throw a.typeError(`${typeOf(f)} is not a function`);
  return f;
}

export function isConstructor(v: Value): v is JSFunction {
  return v instanceof JSFunction && v.isConstructor;
}

export function requireObjectCoercible(a: Agent, v: Value, what: string): void {
  if (v === undefined || v === null) throw a.typeError(`${what} called on null or undefined`);
}

export function isThrow(e: unknown): e is ThrowSignal {
  return e instanceof ThrowSignal;
}

export function isBuiltin(f: JSObject): f is BuiltinFunction {
  return f instanceof BuiltinFunction;
}
