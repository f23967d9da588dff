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
  f.deferLengthAndName(length);
  return f;
}

/**
 * Methods are writable, configurable and not enumerable. They are set with setOwn rather than
 * through defineOwnProperty: on the objects a realm is built of, whose keys are new (or
 * configurable), that makes the same property without copying a descriptor for it.
 */
export function defineMethod(
  a: Agent,
  target: JSObject,
  key: PropertyKey,
  length: number,
  impl: BuiltinImpl,
): BuiltinFunction {
  const f = makeBuiltin(a, builtinName(key), length, impl);
  target.setOwn(key, f, false);
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
  // Set as defineMethod sets methods, when the property is writable (nearly all are).
  if (writable) target.setOwn(key, value, false);
  else target.defineOwnProperty(key, { value, writable, enumerable: false, configurable: false });
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
  defineValue(prototype, 'constructor', C);
  defineValue(a.globalObject, name, C);
  return C;
}

export const arg = (args: Value[], i: number): Value => (i < args.length ? args[i] : undefined);
