/**
 * Map, Set, WeakMap, WeakSet: https://tc39.es/ecma262/#sec-keyed-collections. The entries live
 * in host Maps/Sets, whose SameValueZero keys and live insertion-order iteration are the spec's.
 */
import type { Agent } from '../../agent';
import {
  createIterResultObject,
  getIterator,
  iteratorCloseQuietly,
  iteratorStep,
} from '../iteration';
import { describeObject, get } from '../operations';
import { isObject, JSArray, JSFunction, JSObject, ThrowSignal, type Value } from '../values';
import { defineSpeciesGetter } from './array';
import { defineConstructor, defineGetter, defineMethod } from './define';
import { registeredSymbolKey } from './primitives';

export class MapObject extends JSObject {
  override className = 'Map';
  readonly entries = new Map<Value, Value>();
}
export class SetObject extends JSObject {
  override className = 'Set';
  readonly entries = new Set<Value>();
}
export class WeakMapObject extends JSObject {
  override className = 'WeakMap';
  readonly entries = new WeakMap<WeakTarget, Value>();
}
export class WeakSetObject extends JSObject {
  override className = 'WeakSet';
  readonly entries = new WeakSet<WeakTarget>();
}

/** What a weak collection, WeakRef or FinalizationRegistry may hold: objects and symbols. */
type WeakTarget = JSObject | symbol;

/**
 * https://tc39.es/ecma262/#sec-canbeheldweakly: an object, or a symbol `Symbol.for` did not
 * register (those live as long as the registry, so holding them weakly would mean nothing).
 */
function canBeHeldWeakly(a: Agent, v: Value): v is WeakTarget {
  return isObject(v) || (typeof v === 'symbol' && registeredSymbolKey(a, v) === undefined);
}

/**
 * `has` and `delete` of WeakMap.prototype or WeakSet.prototype: the same steps on the entries of
 * either (a value that cannot be held weakly is in none).
 */
function defineWeakHasAndDelete(
  a: Agent,
  proto: JSObject,
  thisCollection: (
    t: Value,
    method: string,
  ) => { entries: WeakMap<WeakTarget, Value> | WeakSet<WeakTarget> },
): void {
  defineMethod(a, proto, 'has', 1, (t, args) => {
    const entries = thisCollection(t, 'has').entries;
    return canBeHeldWeakly(a, args[0]) && entries.has(args[0]);
  });
  defineMethod(a, proto, 'delete', 1, (t, args) => {
    const entries = thisCollection(t, 'delete').entries;
    return canBeHeldWeakly(a, args[0]) && entries.delete(args[0]);
  });
}

const normalizeKey = (k: Value) => (Object.is(k, -0) ? 0 : k);

type CollectionIteratorKind = 'keys' | 'values' | 'entries';
interface CollectionIteratorState {
  tag: 'Map Iterator' | 'Set Iterator';
  collection: Map<Value, Value> | Set<Value>;
  kind: CollectionIteratorKind;
  /** A host iterator: live over additions and deletions, as the spec's are. */
  iterator: Iterator<unknown>;
  consumed: number;
}
const collectionIterators = new WeakMap<JSObject, CollectionIteratorState>();

/**
 * What Node's inspect previews of a Map or Set iterator: the entries it has not yet produced
 * (found by skipping what it has consumed; deletions during iteration may shift this).
 */
export function previewCollectionIterator(
  o: JSObject,
): { tag: 'Map' | 'Set'; keyValue: boolean; entries: Value[] } | null {
  const state = collectionIterators.get(o);
  if (!state) return null;
  const entries: Value[] = [];
  let i = 0;
  const source =
    state.kind === 'keys'
      ? state.collection.keys()
      : state.kind === 'values'
        ? state.collection.values()
        : state.collection.entries();
  for (const item of source as Iterable<unknown>) {
    if (i++ < state.consumed) continue;
    if (state.kind === 'entries') entries.push(...(item as [Value, Value]));
    else entries.push(item as Value);
  }
  return {
    tag: state.tag === 'Map Iterator' ? 'Map' : 'Set',
    keyValue: state.kind === 'entries',
    entries,
  };
}

export function installCollections(a: Agent): void {
  const I = a.intrinsics;
  const protoFor = (newTarget: JSObject | undefined, fallback: JSObject) => {
    const p = newTarget ? get(a, newTarget, 'prototype') : fallback;
    return isObject(p) ? p : fallback;
  };
  /** Feeds an iterable to `adder` (the constructor's `set`/`add`, looked up as the spec says). */
  const addEntriesFromIterable = (
    target: JSObject,
    iterable: Value,
    adderName: string,
    pairs: boolean,
  ) => {
    if (iterable === undefined || iterable === null) return;
    const adder = get(a, target, adderName);
    if (!(adder instanceof JSFunction))
      throw a.typeError(
        `'${String(adder)}' returned for property '${adderName}' of object '#<${target.className}>' is not a function`,
      );
    const it = getIterator(a, iterable);
    for (;;) {
      const r = iteratorStep(a, it);
      if (r.done) return;
      try {
        if (pairs) {
          if (!isObject(r.value))
            throw a.typeError(`Iterator value ${String(r.value)} is not an entry object`);
          a.call(adder, target, [get(a, r.value, '0'), get(a, r.value, '1')]);
        } else a.call(adder, target, [r.value]);
      } catch (e) {
        if (e instanceof ThrowSignal) iteratorCloseQuietly(a, it);
        throw e;
      }
    }
  };
  const requireThis =
    <T extends JSObject>(cls: new (...args: never[]) => T, method: string) =>
    (v: Value): T => {
      if (v instanceof cls) return v;
      throw a.typeError(
        `Method ${method} called on incompatible receiver ${isObject(v) ? describeObject(a, v) : String(v)}`,
      );
    };
  const array = (items: Value[]) => new JSArray(I.ArrayPrototype, items);

  // Iterators over live host collections.
  const makeIteratorProto = (tag: 'Map Iterator' | 'Set Iterator') => {
    const proto = new JSObject(I.IteratorPrototype);
    proto.defineOwnProperty(Symbol.toStringTag, {
      value: tag,
      writable: false,
      enumerable: false,
      configurable: true,
    });
    defineMethod(a, proto, 'next', 0, (thisArg) => {
      const state = isObject(thisArg) ? collectionIterators.get(thisArg) : undefined;
      if (!state || state.tag !== tag)
        throw a.typeError(
          `Method ${tag} Iterator.prototype.next called on incompatible receiver ${isObject(thisArg) ? describeObject(a, thisArg) : String(thisArg)}`,
        );
      const r = state.iterator.next();
      if (r.done) return createIterResultObject(a, undefined, true);
      state.consumed++;
      const value = state.kind === 'entries' ? array(r.value as Value[]) : (r.value as Value);
      return createIterResultObject(a, value, false);
    });
    return (collection: Map<Value, Value> | Set<Value>, kind: CollectionIteratorKind) => {
      const o = new JSObject(proto);
      o.className = tag;
      const iterator =
        kind === 'keys'
          ? collection.keys()
          : kind === 'values'
            ? collection.values()
            : collection.entries();
      collectionIterators.set(o, {
        tag,
        collection,
        kind,
        iterator: iterator as Iterator<unknown>,
        consumed: 0,
      });
      return o;
    };
  };
  const mapIterator = makeIteratorProto('Map Iterator');
  const setIterator = makeIteratorProto('Set Iterator');

  // Map
  const MP = I.MapPrototype;
  const MapCtor: JSObject = defineConstructor(a, 'Map', 0, MP, (_this, args, newTarget) => {
    if (!newTarget) throw a.typeError("Constructor Map requires 'new'");
    const m = new MapObject(protoFor(newTarget, MP));
    addEntriesFromIterable(m, args[0], 'set', true);
    return m;
  });
  const thisMap = (v: Value, method: string, prefix = '') =>
    requireThis(MapObject, `${prefix}Map.prototype.${method}`)(v);
  defineMethod(a, MP, 'get', 1, (t, args) => thisMap(t, 'get').entries.get(normalizeKey(args[0])));
  defineMethod(a, MP, 'set', 2, (t, args) => {
    thisMap(t, 'set').entries.set(normalizeKey(args[0]), args[1]);
    return t;
  });
  defineMethod(a, MP, 'has', 1, (t, args) => thisMap(t, 'has').entries.has(normalizeKey(args[0])));
  defineMethod(a, MP, 'delete', 1, (t, args) =>
    thisMap(t, 'delete').entries.delete(normalizeKey(args[0])),
  );
  defineMethod(a, MP, 'clear', 0, (t) => {
    thisMap(t, 'clear').entries.clear();
    return undefined;
  });
  defineGetter(a, MP, 'size', (t) => thisMap(t, 'size', 'get ').entries.size);
  defineMethod(a, MP, 'forEach', 1, (t, args) => {
    const f = args[0];
    if (!(f instanceof JSFunction))
      throw a.typeError(`${describeCallback(a, f)} is not a function`);
    for (const [k, v] of thisMap(t, 'forEach').entries)
      a.call(f, args[1], [v, k, t], null, 'builtin-callback');
    return undefined;
  });
  defineMethod(a, MP, 'keys', 0, (t) => mapIterator(thisMap(t, 'keys').entries, 'keys'));
  defineMethod(a, MP, 'values', 0, (t) => mapIterator(thisMap(t, 'values').entries, 'values'));
  const mapEntries = defineMethod(a, MP, 'entries', 0, (t) =>
    mapIterator(thisMap(t, 'entries').entries, 'entries'),
  );
  MP.defineOwnProperty(Symbol.iterator, {
    value: mapEntries,
    writable: true,
    enumerable: false,
    configurable: true,
  });
  defineSpeciesGetter(a, MapCtor);
  MP.defineOwnProperty(Symbol.toStringTag, {
    value: 'Map',
    writable: false,
    enumerable: false,
    configurable: true,
  });

  // Set
  const SP = I.SetPrototype;
  const SetCtor = defineConstructor(a, 'Set', 0, SP, (_this, args, newTarget) => {
    if (!newTarget) throw a.typeError("Constructor Set requires 'new'");
    const s = new SetObject(protoFor(newTarget, SP));
    addEntriesFromIterable(s, args[0], 'add', false);
    return s;
  });
  const thisSet = (v: Value, method: string, prefix = '') =>
    requireThis(SetObject, `${prefix}Set.prototype.${method}`)(v);
  defineMethod(a, SP, 'add', 1, (t, args) => {
    thisSet(t, 'add').entries.add(normalizeKey(args[0]));
    return t;
  });
  defineMethod(a, SP, 'has', 1, (t, args) => thisSet(t, 'has').entries.has(normalizeKey(args[0])));
  defineMethod(a, SP, 'delete', 1, (t, args) =>
    thisSet(t, 'delete').entries.delete(normalizeKey(args[0])),
  );
  defineMethod(a, SP, 'clear', 0, (t) => {
    thisSet(t, 'clear').entries.clear();
    return undefined;
  });
  defineGetter(a, SP, 'size', (t) => thisSet(t, 'size', 'get ').entries.size);
  defineMethod(a, SP, 'forEach', 1, (t, args) => {
    const f = args[0];
    if (!(f instanceof JSFunction))
      throw a.typeError(`${describeCallback(a, f)} is not a function`);
    for (const v of thisSet(t, 'forEach').entries)
      a.call(f, args[1], [v, v, t], null, 'builtin-callback');
    return undefined;
  });
  const setValues = defineMethod(a, SP, 'values', 0, (t) =>
    setIterator(thisSet(t, 'values').entries, 'values'),
  );
  SP.defineOwnProperty('keys', {
    value: setValues,
    writable: true,
    enumerable: false,
    configurable: true,
  });
  defineMethod(a, SP, 'entries', 0, (t) => setIterator(thisSet(t, 'entries').entries, 'entries'));
  SP.defineOwnProperty(Symbol.iterator, {
    value: setValues,
    writable: true,
    enumerable: false,
    configurable: true,
  });
  defineSpeciesGetter(a, SetCtor);
  SP.defineOwnProperty(Symbol.toStringTag, {
    value: 'Set',
    writable: false,
    enumerable: false,
    configurable: true,
  });

  // WeakMap / WeakSet
  const requireWeakKey = (k: Value, what: string): WeakTarget => {
    if (!canBeHeldWeakly(a, k)) throw a.typeError(`Invalid value used ${what}`);
    return k;
  };
  // Lookups of a value that cannot be held weakly find nothing, and throw nothing.
  const weakKey = (k: Value): WeakTarget | null => (canBeHeldWeakly(a, k) ? k : null);
  const WMP = new JSObject(I.ObjectPrototype);
  defineConstructor(a, 'WeakMap', 0, WMP, (_this, args, newTarget) => {
    if (!newTarget) throw a.typeError("Constructor WeakMap requires 'new'");
    const m = new WeakMapObject(protoFor(newTarget, WMP));
    addEntriesFromIterable(m, args[0], 'set', true);
    return m;
  });
  const thisWeakMap = (v: Value, method: string) =>
    requireThis(WeakMapObject, `WeakMap.prototype.${method}`)(v);
  defineMethod(a, WMP, 'get', 1, (t, args) => {
    const entries = thisWeakMap(t, 'get').entries;
    const key = weakKey(args[0]);
    return key === null ? undefined : entries.get(key);
  });
  defineMethod(a, WMP, 'set', 2, (t, args) => {
    thisWeakMap(t, 'set').entries.set(requireWeakKey(args[0], 'as weak map key'), args[1]);
    return t;
  });
  defineWeakHasAndDelete(a, WMP, thisWeakMap);
  WMP.defineOwnProperty(Symbol.toStringTag, {
    value: 'WeakMap',
    writable: false,
    enumerable: false,
    configurable: true,
  });

  const WSP = new JSObject(I.ObjectPrototype);
  defineConstructor(a, 'WeakSet', 0, WSP, (_this, args, newTarget) => {
    if (!newTarget) throw a.typeError("Constructor WeakSet requires 'new'");
    const s = new WeakSetObject(protoFor(newTarget, WSP));
    addEntriesFromIterable(s, args[0], 'add', false);
    return s;
  });
  const thisWeakSet = (v: Value, method: string) =>
    requireThis(WeakSetObject, `WeakSet.prototype.${method}`)(v);
  defineMethod(a, WSP, 'add', 1, (t, args) => {
    thisWeakSet(t, 'add').entries.add(requireWeakKey(args[0], 'in weak set'));
    return t;
  });
  defineWeakHasAndDelete(a, WSP, thisWeakSet);
  WSP.defineOwnProperty(Symbol.toStringTag, {
    value: 'WeakSet',
    writable: false,
    enumerable: false,
    configurable: true,
  });
}

/** V8's wording for a callback that is not callable: `number 5`, `#<Object>`, `undefined`. */
export function describeCallback(a: Agent, v: Value): string {
  if (v === undefined || v === null) return String(v);
  if (isObject(v)) return describeObject(a, v);
  if (typeof v === 'string') return `string "${v}"`;
  return `${typeof v} ${typeof v === 'symbol' ? v.toString() : String(v)}`;
}

/**
 * WeakRef and FinalizationRegistry: https://tc39.es/ecma262/#sec-managing-memory. The program's
 * objects are never collected while it runs (V8 gives no guarantee that they would be), so a
 * WeakRef always derefs to its target and no cleanup callback is ever called: both are behaviours
 * V8 may show too.
 */
export function installWeakRefs(a: Agent): void {
  const I = a.intrinsics;
  const targets = new WeakMap<JSObject, Value>();
  const WRP = new JSObject(I.ObjectPrototype);
  defineConstructor(a, 'WeakRef', 1, WRP, (_this, args, newTarget) => {
    if (!newTarget) throw a.typeError("Constructor WeakRef requires 'new'");
    if (!canBeHeldWeakly(a, args[0])) throw a.typeError('WeakRef: invalid target');
    const p = get(a, newTarget, 'prototype');
    const ref = new JSObject(isObject(p) ? p : WRP);
    ref.className = 'WeakRef';
    targets.set(ref, args[0]);
    return ref;
  });
  defineMethod(a, WRP, 'deref', 0, (thisArg) => {
    if (!isObject(thisArg) || !targets.has(thisArg))
      throw a.typeError(
        `Method WeakRef.prototype.deref called on incompatible receiver ${isObject(thisArg) ? describeObject(a, thisArg) : String(thisArg)}`,
      );
    return targets.get(thisArg);
  });
  WRP.defineOwnProperty(Symbol.toStringTag, {
    value: 'WeakRef',
    writable: false,
    enumerable: false,
    configurable: true,
  });

  const registries = new WeakSet<JSObject>();
  const FRP = new JSObject(I.ObjectPrototype);
  defineConstructor(a, 'FinalizationRegistry', 1, FRP, (_this, args, newTarget) => {
    if (!newTarget) throw a.typeError("Constructor FinalizationRegistry requires 'new'");
    if (!(args[0] instanceof JSFunction))
      throw a.typeError('FinalizationRegistry: cleanup must be callable');
    const p = get(a, newTarget, 'prototype');
    const registry = new JSObject(isObject(p) ? p : FRP);
    registry.className = 'FinalizationRegistry';
    registries.add(registry);
    return registry;
  });
  const thisRegistry = (v: Value, method: string) => {
    if (isObject(v) && registries.has(v)) return v;
    throw a.typeError(
      `Method FinalizationRegistry.prototype.${method} called on incompatible receiver ${isObject(v) ? describeObject(a, v) : String(v)}`,
    );
  };
  defineMethod(a, FRP, 'register', 2, (thisArg, args) => {
    thisRegistry(thisArg, 'register');
    if (!canBeHeldWeakly(a, args[0]))
      throw a.typeError('FinalizationRegistry.prototype.register: invalid target');
    if (args[0] === args[1])
      throw a.typeError(
        'FinalizationRegistry.prototype.register: target and holdings must not be same',
      );
    if (args[2] !== undefined && !canBeHeldWeakly(a, args[2]))
      throw a.typeError(invalidUnregisterToken(args[2]));
    return undefined;
  });
  defineMethod(a, FRP, 'unregister', 1, (thisArg, args) => {
    thisRegistry(thisArg, 'unregister');
    if (!canBeHeldWeakly(a, args[0])) throw a.typeError(invalidUnregisterToken(args[0]));
    return false;
  });
  FRP.defineOwnProperty(Symbol.toStringTag, {
    value: 'FinalizationRegistry',
    writable: false,
    enumerable: false,
    configurable: true,
  });
}

const invalidUnregisterToken = (token: Value) =>
  `Invalid unregisterToken ('${typeof token === 'symbol' ? token.toString() : String(token)}')`;
