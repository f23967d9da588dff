/** Helpers for installing builtins with the attributes ECMA-262 gives them. */
import type { Agent } from '../../agent';
import {
  BuiltinFunction,
  type BuiltinImpl,
  type JSObject,
  type PropertyKey,
  type Value,
} from '../values';

export function builtinName(key: PropertyKey): string {
  return typeof key === 'symbol' ? `[${key.description}]` : key;
}

export function makeBuiltin(
  a: Agent,
  name: string,
  length: number,
  impl: BuiltinImpl,
  isConstructor = false,
): BuiltinFunction {
  const f = new BuiltinFunction(a.intrinsics.FunctionPrototype, name, impl, isConstructor);
  f.defineOwnProperty('length', {
    value: length,
    writable: false,
    enumerable: false,
    configurable: true,
  });
  f.defineOwnProperty('name', {
    value: name,
    writable: false,
    enumerable: false,
    configurable: true,
  });
  return f;
}

/** Methods are writable, configurable and not enumerable. */
export function defineMethod(
  a: Agent,
  target: JSObject,
  key: PropertyKey,
  length: number,
  impl: BuiltinImpl,
): BuiltinFunction {
  const f = makeBuiltin(a, builtinName(key), length, impl);
  target.defineOwnProperty(key, {
    value: f,
    writable: true,
    enumerable: false,
    configurable: true,
  });
  return f;
}

export function defineGetter(
  a: Agent,
  target: JSObject,
  key: PropertyKey,
  impl: BuiltinImpl,
): void {
  const f = makeBuiltin(a, `get ${builtinName(key)}`, 0, impl);
  target.defineOwnProperty(key, { get: f, set: undefined, enumerable: false, configurable: true });
}

export function defineValue(
  target: JSObject,
  key: PropertyKey,
  value: Value,
  writable = true,
): void {
  target.defineOwnProperty(key, { value, writable, enumerable: false, configurable: writable });
}

/** A constructor with its prototype linked both ways. */
export function defineConstructor(
  a: Agent,
  name: string,
  length: number,
  prototype: JSObject,
  impl: BuiltinImpl,
): BuiltinFunction {
  const C = makeBuiltin(a, name, length, impl, true);
  C.defineOwnProperty('prototype', {
    value: prototype,
    writable: false,
    enumerable: false,
    configurable: false,
  });
  prototype.defineOwnProperty('constructor', {
    value: C,
    writable: true,
    enumerable: false,
    configurable: true,
  });
  defineValue(a.globalObject, name, C);
  return C;
}

export const arg = (args: Value[], i: number): Value => (i < args.length ? args[i] : undefined);
