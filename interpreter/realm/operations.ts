/**
 * Abstract operations of ECMA-262 §7 that the evaluator and the builtins share.
 * Each takes the Agent because any of them may call back into interpreted code (a getter,
 * valueOf, toString, Symbol.toPrimitive).
 */
import type { Agent } from '../agent';
import {
  arrayIndex,
  BuiltinFunction,
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
  if (v === undefined || v === null) throw a.typeError(`Cannot read properties of ${v} (reading '${keyToDisplay(key)}')`);
  if (typeof v === 'string') {
    if (key === 'length') return v.length;
    const i = arrayIndex(key);
    if (i >= 0) return i < v.length ? v[i] : undefined;
  }
  return get(a, a.protoOfPrimitive(v), key, v);
}

export function keyToDisplay(key: PropertyKey): string {
  return typeof key === 'symbol' ? key.toString() : key;
}

/** https://tc39.es/ecma262/#sec-ordinaryset */
export function set(a: Agent, obj: JSObject, key: PropertyKey, value: Value, receiver: Value = obj): boolean {
  let owner: JSObject | null = obj;
  let p = undefined;
  while (owner) {
    p = owner.getOwnProperty(key);
    if (p) break;
    owner = owner.proto;
  }
  if (p && isAccessor(p)) {
    if (!p.set) return false;
    a.call(p.set, receiver, [value]);
    return true;
  }
  if (p && !p.writable) return false;
  if (!isObject(receiver)) return false;
  if (owner === receiver && p) return receiver.defineOwnProperty(key, { value });
  const existing = receiver.getOwnProperty(key);
  if (existing) {
    if (isAccessor(existing) || !existing.writable) return false;
    return receiver.defineOwnProperty(key, { value });
  }
  return receiver.defineOwnProperty(key, { value, writable: true, enumerable: true, configurable: true });
}

/** PutValue in strict mode: a failed assignment throws. */
export function setOrThrow(a: Agent, target: Value, key: PropertyKey, value: Value): void {
  if (isObject(target)) {
    if (!set(a, target, key, value)) throw a.typeError(`Cannot assign to read only property '${keyToDisplay(key)}' of object`);
    return;
  }
  if (target === undefined || target === null) throw a.typeError(`Cannot set properties of ${target} (setting '${keyToDisplay(key)}')`);
  // Assigning to a primitive's property: looked up for setters, otherwise throws in strict code.
  const proto = a.protoOfPrimitive(target);
  if (!set(a, proto, key, value, target)) throw a.typeError(`Cannot create property '${keyToDisplay(key)}' on ${typeOf(target)} '${String(target)}'`);
}

export function hasProperty(obj: JSObject, key: PropertyKey): boolean {
  for (let o: JSObject | null = obj; o; o = o.proto) if (o.hasOwn(key)) return true;
  return false;
}

export function createDataProperty(obj: JSObject, key: PropertyKey, value: Value): boolean {
  return obj.defineOwnProperty(key, { value, writable: true, enumerable: true, configurable: true });
}

/** https://tc39.es/ecma262/#sec-toprimitive */
export function toPrimitive(a: Agent, v: Value, hint: 'default' | 'number' | 'string' = 'default'): Exclude<Value, JSObject> {
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
  if (v === undefined || v === null) throw a.typeError('Cannot convert undefined or null to object');
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
  if (!isObject(target)) throw a.typeError(`Right-hand side of 'instanceof' is not callable`);
  const hasInstance = get(a, target, Symbol.hasInstance);
  if (hasInstance !== undefined && hasInstance !== a.intrinsics.FunctionPrototypeHasInstance) {
    return toBoolean(a.call(hasInstance as JSFunction, target, [v]));
  }
  if (!(target instanceof JSFunction)) throw a.typeError(`Right-hand side of 'instanceof' is not callable`);
  return ordinaryHasInstance(a, target, v);
}

export function ordinaryHasInstance(a: Agent, target: JSFunction, v: Value): boolean {
  if (!isObject(v)) return false;
  const bound = a.boundTargetOf(target);
  if (bound) return instanceOf(a, v, bound);
  const proto = get(a, target, 'prototype');
  if (!isObject(proto)) throw a.typeError(`Function has non-object prototype '${String(proto)}' in instanceof check`);
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
