/** Object: https://tc39.es/ecma262/#sec-object-objects */
import type { Agent } from '../../agent';
import { iterableToList } from '../iteration';
import {
  createDataProperty,
  describeObject,
  get,
  getV,
  keyToDisplay,
  set,
  toArrayLength,
  toBoolean,
  toObject,
  toPropertyKey,
} from '../operations';
import {
  isAccessor,
  isObject,
  JSArray,
  JSFunction,
  JSObject,
  type PropertyDescriptor,
  type PropertyKey,
  type Value,
} from '../values';
import { arg, defineConstructor, defineMethod, makeBuiltin } from './define';

export function installObject(a: Agent): void {
  const OP = a.intrinsics.ObjectPrototype;
  const newObject = () => new JSObject(OP);
  const array = (items: Value[]) => new JSArray(a.intrinsics.ArrayPrototype, items);

  const ObjectCtor = defineConstructor(a, 'Object', 1, OP, (_this, args, newTarget) => {
    if (newTarget && newTarget !== ObjectCtor) {
      const p = get(a, newTarget, 'prototype');
      return new JSObject(isObject(p) ? p : OP);
    }
    const v = arg(args, 0);
    return v === undefined || v === null ? newObject() : toObject(a, v);
  });

  const enumerableOwn = (o: JSObject): string[] =>
    o
      .ownKeys()
      .filter((k): k is string => typeof k === 'string' && !!o.getOwnProperty(k)?.enumerable);

  defineMethod(a, ObjectCtor, 'keys', 1, (_t, args) =>
    array(enumerableOwn(toObject(a, arg(args, 0)))),
  );
  defineMethod(a, ObjectCtor, 'values', 1, (_t, args) => {
    const o = toObject(a, arg(args, 0));
    return array(enumerableOwn(o).map((k) => get(a, o, k)));
  });
  defineMethod(a, ObjectCtor, 'entries', 1, (_t, args) => {
    const o = toObject(a, arg(args, 0));
    return array(enumerableOwn(o).map((k) => array([k, get(a, o, k)])));
  });
  defineMethod(a, ObjectCtor, 'assign', 2, (_t, args) => {
    const target = toObject(a, arg(args, 0));
    for (const source of args.slice(1)) {
      if (source === undefined || source === null) continue;
      const from = toObject(a, source);
      for (const key of from.ownKeys()) {
        if (!from.getOwnProperty(key)?.enumerable) continue;
        const v = get(a, from, key);
        if (!setProperty(a, target, key, v))
          throw a.typeError(`Cannot assign to read only property '${String(key)}' of object`);
      }
    }
    return target;
  });
  const setIntegrity = setIntegrityLevel;
  const testIntegrity = (o: JSObject, level: 'frozen' | 'sealed') => {
    if (o.extensible) return false;
    return o.ownKeys().every((key) => {
      const p = o.getOwnProperty(key)!;
      if (p.configurable) return false;
      return level === 'sealed' || isAccessor(p) || !p.writable;
    });
  };
  defineMethod(a, ObjectCtor, 'freeze', 1, (_t, args) => {
    const o = arg(args, 0);
    if (isObject(o)) setIntegrity(o, 'frozen');
    return o;
  });
  defineMethod(a, ObjectCtor, 'seal', 1, (_t, args) => {
    const o = arg(args, 0);
    if (isObject(o)) setIntegrity(o, 'sealed');
    return o;
  });
  defineMethod(a, ObjectCtor, 'preventExtensions', 1, (_t, args) => {
    const o = arg(args, 0);
    if (isObject(o)) o.extensible = false;
    return o;
  });
  defineMethod(a, ObjectCtor, 'isFrozen', 1, (_t, args) => {
    const o = arg(args, 0);
    return isObject(o) ? testIntegrity(o, 'frozen') : true;
  });
  defineMethod(a, ObjectCtor, 'isSealed', 1, (_t, args) => {
    const o = arg(args, 0);
    return isObject(o) ? testIntegrity(o, 'sealed') : true;
  });
  defineMethod(a, ObjectCtor, 'isExtensible', 1, (_t, args) => {
    const o = arg(args, 0);
    return isObject(o) ? o.extensible : false;
  });
  defineMethod(a, ObjectCtor, 'create', 2, (_t, args) => {
    const proto = arg(args, 0);
    if (proto !== null && !isObject(proto))
      throw a.typeError(`Object prototype may only be an Object or null: ${String(proto)}`);
    const o = new JSObject(proto);
    if (args[1] !== undefined) defineProperties(a, o, args[1]);
    return o;
  });
  defineMethod(a, ObjectCtor, 'defineProperty', 3, (_t, args) => {
    const o = arg(args, 0);
    if (!isObject(o)) throw a.typeError('Object.defineProperty called on non-object');
    const key = toPropertyKey(a, arg(args, 1));
    definePropertyOrThrow(a, o, key, toPropertyDescriptor(a, arg(args, 2)));
    return o;
  });
  defineMethod(a, ObjectCtor, 'defineProperties', 2, (_t, args) => {
    const o = arg(args, 0);
    if (!isObject(o)) throw a.typeError('Object.defineProperties called on non-object');
    defineProperties(a, o, arg(args, 1));
    return o;
  });
  defineMethod(a, ObjectCtor, 'getPrototypeOf', 1, (_t, args) => toObject(a, arg(args, 0)).proto);
  defineMethod(a, ObjectCtor, 'setPrototypeOf', 2, (_t, args) => {
    const o = arg(args, 0);
    const proto = arg(args, 1);
    if (proto !== null && !isObject(proto))
      throw a.typeError(`Object prototype may only be an Object or null: ${String(proto)}`);
    if (isObject(o)) setPrototype(a, o, proto);
    return o;
  });
  defineMethod(a, ObjectCtor, 'getOwnPropertyNames', 1, (_t, args) =>
    array(
      toObject(a, arg(args, 0))
        .ownKeys()
        .filter((k) => typeof k === 'string'),
    ),
  );
  defineMethod(a, ObjectCtor, 'getOwnPropertySymbols', 1, (_t, args) =>
    array(
      toObject(a, arg(args, 0))
        .ownKeys()
        .filter((k) => typeof k === 'symbol'),
    ),
  );
  defineMethod(a, ObjectCtor, 'getOwnPropertyDescriptor', 2, (_t, args) => {
    const o = toObject(a, arg(args, 0));
    const p = o.getOwnProperty(toPropertyKey(a, arg(args, 1)));
    return p ? fromPropertyDescriptor(a, p) : undefined;
  });
  defineMethod(a, ObjectCtor, 'getOwnPropertyDescriptors', 1, (_t, args) => {
    const o = toObject(a, arg(args, 0));
    const result = newObject();
    for (const key of o.ownKeys())
      createDataProperty(result, key, fromPropertyDescriptor(a, o.getOwnProperty(key)!));
    return result;
  });
  defineMethod(a, ObjectCtor, 'fromEntries', 1, (_t, args) => {
    const o = newObject();
    for (const entry of iterableToList(a, arg(args, 0))) {
      if (!isObject(entry))
        throw a.typeError(`Iterator value ${String(entry)} is not an entry object`);
      createDataProperty(o, toPropertyKey(a, get(a, entry, '0')), get(a, entry, '1'));
    }
    return o;
  });
  defineMethod(a, ObjectCtor, 'is', 2, (_t, args) => Object.is(arg(args, 0), arg(args, 1)));
  defineMethod(a, ObjectCtor, 'hasOwn', 2, (_t, args) =>
    toObject(a, arg(args, 0)).hasOwn(toPropertyKey(a, arg(args, 1))),
  );

  defineMethod(a, OP, 'hasOwnProperty', 1, (thisArg, args) => {
    const key = toPropertyKey(a, arg(args, 0));
    return toObject(a, thisArg).hasOwn(key);
  });
  defineMethod(a, OP, 'isPrototypeOf', 1, (thisArg, args) => {
    const v = arg(args, 0);
    if (!isObject(v)) return false;
    const o = toObject(a, thisArg);
    for (let p = v.proto; p; p = p.proto) if (p === o) return true;
    return false;
  });
  defineMethod(a, OP, 'propertyIsEnumerable', 1, (thisArg, args) => {
    const p = toObject(a, thisArg).getOwnProperty(toPropertyKey(a, arg(args, 0)));
    return !!p?.enumerable;
  });
  defineMethod(a, OP, 'toString', 0, (thisArg) => objectToString(a, thisArg));
  defineMethod(a, OP, 'toLocaleString', 0, (thisArg) => {
    const f = getV(a, thisArg, 'toString');
    return a.call(f, thisArg, []);
  });
  defineMethod(a, OP, 'valueOf', 0, (thisArg) => toObject(a, thisArg));
  defineProtoAccessor(a, OP);

  // Annex B's legacy accessor helpers: https://tc39.es/ecma262/#sec-object.prototype.__defineGetter__
  const legacyDefine = (kind: 'get' | 'set') => (thisArg: Value, args: Value[]) => {
    const o = toObject(a, thisArg);
    const f = arg(args, 1);
    if (!(f instanceof JSFunction))
      throw a.typeError(
        `Object.prototype.__define${kind === 'get' ? 'Getter' : 'Setter'}__: Expecting function`,
      );
    const key = toPropertyKey(a, arg(args, 0));
    definePropertyOrThrow(a, o, key, { [kind]: f, enumerable: true, configurable: true });
    return undefined;
  };
  const legacyLookup = (kind: 'get' | 'set') => (thisArg: Value, args: Value[]) => {
    const key = toPropertyKey(a, arg(args, 0));
    for (let o: JSObject | null = toObject(a, thisArg); o; o = o.proto) {
      const p = o.getOwnProperty(key);
      if (p) return isAccessor(p) ? p[kind] : undefined;
    }
    return undefined;
  };
  defineMethod(a, OP, '__defineGetter__', 2, legacyDefine('get'));
  defineMethod(a, OP, '__defineSetter__', 2, legacyDefine('set'));
  defineMethod(a, OP, '__lookupGetter__', 1, legacyLookup('get'));
  defineMethod(a, OP, '__lookupSetter__', 1, legacyLookup('set'));
}

/** The __proto__ accessor on Object.prototype (https://tc39.es/ecma262/#sec-object.prototype.__proto__). */
function defineProtoAccessor(a: Agent, OP: JSObject): void {
  const getter = makeBuiltin(a, 'get __proto__', 0, (thisArg) => toObject(a, thisArg).proto);
  const setter = makeBuiltin(a, 'set __proto__', 1, (thisArg, args) => {
    const proto = arg(args, 0);
    if (isObject(thisArg) && (proto === null || isObject(proto))) setPrototype(a, thisArg, proto);
    return undefined;
  });
  OP.defineOwnProperty('__proto__', {
    get: getter,
    set: setter,
    enumerable: false,
    configurable: true,
  });
}

function setPrototype(a: Agent, o: JSObject, proto: JSObject | null): void {
  for (let p = proto; p; p = p.proto) if (p === o) throw a.typeError('Cyclic __proto__ value');
  if (!o.extensible && o.proto !== proto) throw a.typeError('#<Object> is not extensible');
  o.proto = proto;
}

/** Object.assign uses [[Set]], so setters on the target run. */
function setProperty(a: Agent, target: JSObject, key: PropertyKey, v: Value): boolean {
  return set(a, target, key, v);
}

function defineProperties(a: Agent, o: JSObject, props: Value): void {
  const source = toObject(a, props);
  const descriptors: Array<[PropertyKey, PropertyDescriptor]> = [];
  for (const key of source.ownKeys()) {
    if (!source.getOwnProperty(key)?.enumerable) continue;
    descriptors.push([key, toPropertyDescriptor(a, get(a, source, key))]);
  }
  for (const [key, desc] of descriptors) definePropertyOrThrow(a, o, key, desc);
}

/** https://tc39.es/ecma262/#sec-definepropertyorthrow, with V8's messages. */
function definePropertyOrThrow(
  a: Agent,
  o: JSObject,
  key: PropertyKey,
  desc: PropertyDescriptor,
): void {
  if (key === 'length' && o instanceof JSArray && 'value' in desc)
    desc = { ...desc, value: toArrayLength(a, desc.value) };
  if (o.defineOwnProperty(key, desc)) return;
  if (!o.getOwnProperty(key) && !o.extensible)
    throw a.typeError(`Cannot define property ${keyToDisplay(key)}, object is not extensible`);
  throw a.typeError(`Cannot redefine property: ${keyToDisplay(key)}`);
}

/** https://tc39.es/ecma262/#sec-topropertydescriptor */
export function toPropertyDescriptor(a: Agent, v: Value): PropertyDescriptor {
  if (!isObject(v)) throw a.typeError(`Property description must be an object: ${String(v)}`);
  const d: PropertyDescriptor = {};
  const has = (k: string) => {
    for (let o: JSObject | null = v; o; o = o.proto) if (o.hasOwn(k)) return true;
    return false;
  };
  if (has('enumerable')) d.enumerable = toBoolean(get(a, v, 'enumerable'));
  if (has('configurable')) d.configurable = toBoolean(get(a, v, 'configurable'));
  if (has('value')) d.value = get(a, v, 'value');
  if (has('writable')) d.writable = toBoolean(get(a, v, 'writable'));
  if (has('get')) {
    const g = get(a, v, 'get');
    if (g !== undefined && !(g instanceof JSFunction))
      throw a.typeError(`Getter must be a function: ${String(g)}`);
    d.get = g as JSFunction | undefined;
  }
  if (has('set')) {
    const s = get(a, v, 'set');
    if (s !== undefined && !(s instanceof JSFunction))
      throw a.typeError(`Setter must be a function: ${String(s)}`);
    d.set = s as JSFunction | undefined;
  }
  if (('get' in d || 'set' in d) && ('value' in d || 'writable' in d)) {
    throw a.typeError(
      `Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, ${describeObject(a, v)}`,
    );
  }
  return d;
}

export function fromPropertyDescriptor(
  a: Agent,
  p: ReturnType<JSObject['getOwnProperty']> & object,
): JSObject {
  const o = new JSObject(a.intrinsics.ObjectPrototype);
  if (isAccessor(p)) {
    createDataProperty(o, 'get', p.get);
    createDataProperty(o, 'set', p.set);
  } else {
    createDataProperty(o, 'value', p.value);
    createDataProperty(o, 'writable', p.writable);
  }
  createDataProperty(o, 'enumerable', p.enumerable);
  createDataProperty(o, 'configurable', p.configurable);
  return o;
}

/** https://tc39.es/ecma262/#sec-object.prototype.tostring */
export function objectToString(a: Agent, v: Value): string {
  if (v === undefined) return '[object Undefined]';
  if (v === null) return '[object Null]';
  const o = toObject(a, v);
  const tag = get(a, o, Symbol.toStringTag);
  if (typeof tag === 'string') return `[object ${tag}]`;
  const builtinTag =
    o instanceof JSArray && o.className === 'Array'
      ? 'Array'
      : o instanceof JSFunction
        ? 'Function'
        : ['Error', 'Boolean', 'Number', 'String', 'Date', 'RegExp', 'Arguments'].includes(
              o.className,
            )
          ? o.className
          : 'Object';
  return `[object ${builtinTag}]`;
}

/** https://tc39.es/ecma262/#sec-setintegritylevel */
export function setIntegrityLevel(o: JSObject, level: 'frozen' | 'sealed'): void {
  o.extensible = false;
  for (const key of o.ownKeys()) {
    const p = o.getOwnProperty(key)!;
    if (level === 'frozen' && !isAccessor(p))
      o.defineOwnProperty(key, { configurable: false, writable: false });
    else o.defineOwnProperty(key, { configurable: false });
  }
}
