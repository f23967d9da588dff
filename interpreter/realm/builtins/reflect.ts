/** Reflect: https://tc39.es/ecma262/#sec-reflect-object. The object model's own operations, as functions. */
import type { Agent } from '../../agent';
import {
  describeObject,
  get,
  hasProperty,
  isConstructor,
  lengthOfArrayLike,
  ordinarySet,
  toArrayLength,
  toPropertyKey,
  typeOf,
} from '../operations';
import { isObject, JSArray, JSFunction, JSObject, type Value } from '../values';
import { defineMethod, defineValue } from './define';
import { functionSourceText } from './function';
import { fromPropertyDescriptor, toPropertyDescriptor } from './object';

export function installReflect(a: Agent): void {
  const R = new JSObject(a.intrinsics.ObjectPrototype);
  R.defineOwnProperty(Symbol.toStringTag, {
    value: 'Reflect',
    writable: false,
    enumerable: false,
    configurable: true,
  });
  const target = (v: Value, method: string): JSObject => {
    if (!isObject(v)) throw a.typeError(`Reflect.${method} called on non-object`);
    return v;
  };
  /** V8's NoSideEffectsToString of a value in these messages. */
  const shown = (v: Value): string =>
    isObject(v)
      ? v instanceof JSFunction
        ? functionSourceText(a, v)
        : describeObject(a, v)
      : typeof v === 'symbol'
        ? v.toString()
        : String(v);
  const listFromArrayLike = (v: Value): Value[] => {
    if (!isObject(v)) throw a.typeError('CreateListFromArrayLike called on non-object');
    const n = lengthOfArrayLike(a, v);
    const list: Value[] = [];
    for (let i = 0; i < n; i++) list.push(get(a, v, String(i)));
    return list;
  };

  defineMethod(a, R, 'apply', 3, (_t, [f, thisArg, args]) => {
    if (!(f instanceof JSFunction))
      throw a.typeError(
        `Function.prototype.apply was called on ${shown(f)}, which is ${typeOf(f) === 'object' ? 'an object' : `a ${typeOf(f)}`} and not a function`,
      );
    return a.call(f, thisArg, listFromArrayLike(args), null, 'builtin-callback');
  });
  defineMethod(a, R, 'construct', 2, (_t, args) => {
    const [f, list] = args;
    const newTarget = args.length > 2 ? args[2] : f;
    if (!isConstructor(f)) throw a.typeError(`${shown(f)} is not a constructor`);
    if (!isConstructor(newTarget)) throw a.typeError(`${shown(newTarget)} is not a constructor`);
    return a.construct(f, listFromArrayLike(list), newTarget);
  });
  defineMethod(a, R, 'defineProperty', 3, (_t, [o, key, attributes]) => {
    const obj = target(o, 'defineProperty');
    const k = toPropertyKey(a, key);
    let desc = toPropertyDescriptor(a, attributes);
    if (k === 'length' && obj instanceof JSArray && 'value' in desc)
      desc = { ...desc, value: toArrayLength(a, desc.value) };
    return obj.defineOwnProperty(k, desc);
  });
  defineMethod(a, R, 'deleteProperty', 2, (_t, [o, key]) =>
    target(o, 'deleteProperty').deleteOwn(toPropertyKey(a, key)),
  );
  defineMethod(a, R, 'get', 2, (_t, args) => {
    const obj = target(args[0], 'get');
    return get(a, obj, toPropertyKey(a, args[1]), args.length > 2 ? args[2] : obj);
  });
  defineMethod(a, R, 'getOwnPropertyDescriptor', 2, (_t, [o, key]) => {
    const p = target(o, 'getOwnPropertyDescriptor').getOwnProperty(toPropertyKey(a, key));
    return p ? fromPropertyDescriptor(a, p) : undefined;
  });
  defineMethod(a, R, 'getPrototypeOf', 1, (_t, [o]) => target(o, 'getPrototypeOf').proto);
  defineMethod(a, R, 'has', 2, (_t, [o, key]) =>
    hasProperty(target(o, 'has'), toPropertyKey(a, key)),
  );
  defineMethod(a, R, 'isExtensible', 1, (_t, [o]) => target(o, 'isExtensible').extensible);
  defineMethod(
    a,
    R,
    'ownKeys',
    1,
    (_t, [o]) => new JSArray(a.intrinsics.ArrayPrototype, target(o, 'ownKeys').ownKeys()),
  );
  defineMethod(a, R, 'preventExtensions', 1, (_t, [o]) => {
    target(o, 'preventExtensions').extensible = false;
    return true;
  });
  defineMethod(a, R, 'set', 3, (_t, args) => {
    const obj = target(args[0], 'set');
    return (
      ordinarySet(a, obj, toPropertyKey(a, args[1]), args[2], args.length > 3 ? args[3] : obj) ===
      null
    );
  });
  defineMethod(a, R, 'setPrototypeOf', 2, (_t, [o, proto]) => {
    const obj = target(o, 'setPrototypeOf');
    if (proto !== null && !isObject(proto))
      throw a.typeError(`Object prototype may only be an Object or null: ${String(proto)}`);
    if (obj.proto === proto) return true;
    if (!obj.extensible) return false;
    for (let p: JSObject | null = proto; p; p = p.proto) if (p === obj) return false;
    obj.proto = proto;
    return true;
  });
  defineValue(a.globalObject, 'Reflect', R);
}
