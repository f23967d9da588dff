/** Array: https://tc39.es/ecma262/#sec-array-objects. Generic over array-likes, as the spec is. */
import type { Agent } from '../../agent';
import {
  createIterResultObject,
  getIteratorFromMethod,
  iteratorCloseQuietly,
  iteratorStep,
} from '../iteration';
import {
  get,
  getMethod,
  hasProperty,
  isConstructor,
  lengthOfArrayLike,
  toBoolean,
  toIntegerOrInfinity,
  toNumber,
  toObject,
  toString,
} from '../operations';
import { type Element, HOLE, isObject, JSArray, JSFunction, JSObject, type Value } from '../values';
import { createDataProperty, describeObject, getV, setOrThrow } from '../operations';
import { callClosure, ClosureFunction } from '../../evaluate/functions';
import { timSort, type Comparison } from './arraySort';
import { arg, defineConstructor, defineMethod, makeBuiltin } from './define';
import { keepAlive } from '../../keepAlive';

export function installArray(a: Agent): void {
  const I = a.intrinsics;
  const proto = I.ArrayPrototype;
  const array = (items: Value[]) => new JSArray(proto, items);

  /** https://tc39.es/ecma262/#sec-array-constructor: `class Stack extends Array` gets its own prototype. */
  const ArrayCtor = defineConstructor(a, 'Array', 1, proto, (_this, args, newTarget) => {
    const p = newTarget && newTarget !== ArrayCtor ? get(a, newTarget, 'prototype') : proto;
    const arr = new JSArray(isObject(p) ? p : proto, []);
    if (args.length === 1 && typeof args[0] === 'number') {
      const n = args[0];
      if (n >>> 0 !== n) throw a.rangeError('Invalid array length');
      arr.defineOwnProperty('length', { value: n });
      return arr;
    }
    arr.items = args.slice();
    return arr;
  });
  defineSpeciesGetter(a, ArrayCtor);
  /** https://tc39.es/ecma262/#sec-arrayspeciescreate: `map` on a Stack makes a Stack. */
  const speciesCreate = (original: JSObject, length: number): JSObject => {
    if (!(original instanceof JSArray && original.className === 'Array'))
      return new JSArray(proto, new Array<Value | typeof HOLE>(length).fill(HOLE));
    let C = get(a, original, 'constructor');
    if (isObject(C) && !(C instanceof JSFunction)) {
      C = get(a, C, Symbol.species);
      if (C === null) C = undefined;
    } else if (C instanceof JSFunction) {
      C = get(a, C, Symbol.species);
      if (C === null) C = undefined;
    }
    if (C === undefined || C === ArrayCtor) return arrayCreate(length);
    if (!isConstructor(C))
      throw a.typeError('object.constructor[Symbol.species] is not a constructor');
    return a.construct(C, [length]);
  };
  /** https://tc39.es/ecma262/#sec-arraycreate */
  const arrayCreate = (length: number): JSObject => {
    const arr = new JSArray(proto, []);
    if (!arr.defineOwnProperty('length', { value: length }))
      throw a.rangeError('Invalid array length');
    return arr;
  };
  /** Array.of and Array.from make their result with `this` when it is a constructor (a subclass). */
  const constructOrCreate = (C: Value, length: number | undefined): JSObject => {
    // Array itself makes what ArrayCreate makes, as speciesCreate says too.
    if (C === ArrayCtor || !isConstructor(C)) return arrayCreate(length ?? 0);
    return a.construct(C, length === undefined ? [] : [length]);
  };
  const fromList = (out: JSObject, values: Value[]) => {
    values.forEach((v, i) => createAt(out, i, v));
    return out;
  };
  const createAt = (o: JSObject, i: number, v: Value) => {
    if (!createDataProperty(o, String(i), v))
      throw a.typeError(`Cannot define property ${i}, object is not extensible`);
  };
  defineMethod(
    a,
    ArrayCtor,
    'isArray',
    1,
    (_t, args) => args[0] instanceof JSArray && args[0].className === 'Array',
  );
  /** https://tc39.es/ecma262/#sec-array.of */
  defineMethod(a, ArrayCtor, 'of', 0, (thisArg, args) => {
    const out = fromList(constructOrCreate(thisArg, args.length), args);
    setLength(out, args.length);
    return out;
  });
  /** https://tc39.es/ecma262/#sec-array.from */
  defineMethod(a, ArrayCtor, 'from', 1, (thisArg, args) => {
    const items = arg(args, 0);
    const mapFn = arg(args, 1);
    if (mapFn !== undefined && !(mapFn instanceof JSFunction))
      throw a.typeError(`${String(mapFn)} is not a function`);
    const mapped = (v: Value, k: number) =>
      mapFn ? a.call(mapFn, args[2], [v, k], null, 'builtin-callback') : v;
    const usingIterator = getMethod(a, items, Symbol.iterator);
    if (usingIterator) {
      const out = constructOrCreate(thisArg, undefined);
      const it = getIteratorFromMethod(a, items, usingIterator);
      for (let k = 0; ; k++) {
        const r = iteratorStep(a, it);
        if (r.done) {
          setLength(out, k);
          return out;
        }
        try {
          createAt(out, k, mapped(r.value, k));
        } catch (e) {
          iteratorCloseQuietly(a, it);
          throw e;
        }
      }
    }
    const arrayLike = toObject(a, items);
    const n = lengthOfArrayLike(a, arrayLike);
    const out = constructOrCreate(thisArg, n);
    for (let k = 0; k < n; k++) createAt(out, k, mapped(get(a, arrayLike, String(k)), k));
    setLength(out, n);
    return out;
  });

  const m = (
    name: string,
    length: number,
    impl: (o: JSObject, args: Value[], thisArg: Value) => Value,
  ) =>
    defineMethod(a, proto, name, length, (thisArg, args) =>
      impl(toObject(a, thisArg), args, thisArg),
    );
  const callback = (v: Value): JSFunction => {
    if (!(v instanceof JSFunction)) throw a.typeError(`${describe(v)} is not a function`);
    return v;
  };
  const getIndex = (o: JSObject, i: number) => get(a, o, String(i));
  const call = (f: JSFunction, thisArg: Value, args: Value[]) =>
    a.call(f, thisArg, args, null, 'builtin-callback');
  const relative = (v: Value, len: number, fallback: number) => {
    if (v === undefined) return fallback;
    const r = toIntegerOrInfinity(a, v);
    return r < 0 ? Math.max(len + r, 0) : Math.min(r, len);
  };
  const setLength = (o: JSObject, n: number) => setOrThrow(a, o, 'length', n);
  const put = (o: JSObject, i: number, v: Value) => setOrThrow(a, o, String(i), v);
  const remove = (o: JSObject, i: number) => {
    if (!o.deleteOwn(String(i)))
      throw a.typeError(`Cannot delete property '${i}' of ${describeObject(a, o)}`);
  };

  m('push', 1, (o, args) => {
    let n = lengthOfArrayLike(a, o);
    if (o instanceof JSArray && o.extensible && o.lengthWritable && o.tableSize === 0) {
      o.items.push(...args);
      return o.items.length;
    }
    for (const v of args) put(o, n++, v);
    setLength(o, n);
    return n;
  });
  m('pop', 0, (o) => {
    const n = lengthOfArrayLike(a, o);
    if (n === 0) {
      setLength(o, 0);
      return undefined;
    }
    const v = getIndex(o, n - 1);
    remove(o, n - 1);
    setLength(o, n - 1);
    return v;
  });
  m('shift', 0, (o) => {
    const n = lengthOfArrayLike(a, o);
    if (n === 0) {
      setLength(o, 0);
      return undefined;
    }
    const first = getIndex(o, 0);
    for (let i = 1; i < n; i++) {
      if (hasProperty(o, String(i))) put(o, i - 1, getIndex(o, i));
      else remove(o, i - 1);
    }
    remove(o, n - 1);
    setLength(o, n - 1);
    return first;
  });
  m('unshift', 1, (o, args) => {
    const n = lengthOfArrayLike(a, o);
    for (let i = n - 1; i >= 0; i--) {
      if (hasProperty(o, String(i))) put(o, i + args.length, getIndex(o, i));
      else remove(o, i + args.length);
    }
    args.forEach((v, i) => put(o, i, v));
    setLength(o, n + args.length);
    return n + args.length;
  });
  m('slice', 2, (o, args) => {
    const n = lengthOfArrayLike(a, o);
    const start = relative(args[0], n, 0);
    const end = relative(args[1], n, n);
    const out = speciesCreate(o, Math.max(end - start, 0));
    if (out instanceof JSArray && out.proto === proto && out.tableSize === 0) {
      for (let i = start; i < end; i++)
        out.items[i - start] = hasProperty(o, String(i)) ? getIndex(o, i) : HOLE;
      return out;
    }
    for (let i = start; i < end; i++)
      if (hasProperty(o, String(i))) createAt(out, i - start, getIndex(o, i));
    setLength(out, Math.max(end - start, 0));
    return out;
  });
  m('splice', 2, (o, args) => {
    const n = lengthOfArrayLike(a, o);
    const start = relative(args[0], n, 0);
    const deleteCount =
      args.length === 0
        ? 0
        : args.length === 1
          ? n - start
          : Math.min(Math.max(toIntegerOrInfinity(a, args[1]), 0), n - start);
    const inserted = args.slice(2);
    const removed: Value[] = [];
    for (let i = 0; i < deleteCount; i++) removed.push(getIndex(o, start + i));
    const tail: (Value | typeof HOLE)[] = [];
    for (let i = start + deleteCount; i < n; i++)
      tail.push(hasProperty(o, String(i)) ? getIndex(o, i) : HOLE);
    const rebuilt = [...inserted, ...tail];
    for (let i = 0; i < rebuilt.length; i++) {
      const v = rebuilt[i];
      if (v === HOLE) remove(o, start + i);
      else put(o, start + i, v);
    }
    for (let i = start + rebuilt.length; i < n; i++) remove(o, i);
    setLength(o, start + rebuilt.length);
    const out = speciesCreate(o, removed.length);
    removed.forEach((v, i) => createAt(out, i, v));
    setLength(out, removed.length);
    return out;
  });
  m('concat', 1, (o, args) => {
    const items: (Value | typeof HOLE)[] = [];
    for (const v of [o as Value, ...args]) {
      const spreadable = isObject(v) ? get(a, v, Symbol.isConcatSpreadable) : undefined;
      const spread =
        spreadable !== undefined
          ? toBoolean(spreadable)
          : v instanceof JSArray && v.className === 'Array';
      if (spread && isObject(v)) {
        const n = lengthOfArrayLike(a, v);
        for (let i = 0; i < n; i++)
          items.push(hasProperty(v, String(i)) ? get(a, v, String(i)) : HOLE);
      } else items.push(v);
    }
    const out = speciesCreate(o, 0);
    items.forEach((v, i) => {
      if (v !== HOLE) createAt(out, i, v);
    });
    setLength(out, items.length);
    return out;
  });
  m('join', 1, (o, args) => {
    const sep = args[0] === undefined ? ',' : toString(a, args[0]);
    return joinArray(a, o, sep);
  });
  m('toString', 0, (o) => {
    const join = get(a, o, 'join');
    if (join instanceof JSFunction) return a.call(join, o, []);
    return `[object ${o.className}]`;
  });
  m('reverse', 0, (o) => {
    const n = lengthOfArrayLike(a, o);
    for (let lo = 0, hi = n - 1; lo < hi; lo++, hi--) {
      const loExists = hasProperty(o, String(lo));
      const hiExists = hasProperty(o, String(hi));
      const loV = loExists ? getIndex(o, lo) : undefined;
      const hiV = hiExists ? getIndex(o, hi) : undefined;
      if (hiExists) put(o, lo, hiV);
      else remove(o, lo);
      if (loExists) put(o, hi, loV);
      else remove(o, hi);
    }
    return o;
  });
  const search = (
    o: JSObject,
    target: Value,
    fromArg: Value,
    backwards: boolean,
    sameValueZero: boolean,
  ): number => {
    const n = lengthOfArrayLike(a, o);
    if (n === 0) return -1;
    let from = backwards
      ? fromArg === undefined
        ? n - 1
        : toIntegerOrInfinity(a, fromArg)
      : toIntegerOrInfinity(a, fromArg);
    if (from < 0) from += n;
    for (
      let i = Math.max(backwards ? Math.min(from, n - 1) : from, backwards ? -1 : 0);
      backwards ? i >= 0 : i < n;
      backwards ? i-- : i++
    ) {
      if (!sameValueZero && !hasProperty(o, String(i))) continue;
      const v = getIndex(o, i);
      if (sameValueZero ? v === target || (v !== v && target !== target) : v === target) return i;
    }
    return -1;
  };
  m('indexOf', 1, (o, args) => search(o, args[0], args[1], false, false));
  m('lastIndexOf', 1, (o, args) =>
    search(o, args[0], args.length > 1 ? args[1] : undefined, true, false),
  );
  m('includes', 1, (o, args) => search(o, args[0], args[1], false, true) >= 0);

  const findBy = (fromEnd: boolean, want: 'value' | 'index') => (o: JSObject, args: Value[]) => {
    const f = callback(args[0]);
    const n = lengthOfArrayLike(a, o);
    for (let k = 0; k < n; k++) {
      const i = fromEnd ? n - 1 - k : k;
      const v = getIndex(o, i);
      if (toBoolean(call(f, args[1], [v, i, o]))) return want === 'value' ? v : i;
    }
    return want === 'value' ? undefined : -1;
  };
  m('find', 1, findBy(false, 'value'));
  m('findIndex', 1, findBy(false, 'index'));
  m('findLast', 1, findBy(true, 'value'));
  m('findLastIndex', 1, findBy(true, 'index'));

  /** The callbacks of forEach/map/filter/some/every skip holes. */
  const each = (
    o: JSObject,
    args: Value[],
    visit: (v: Value, i: number, r: Value) => boolean | void,
  ) => {
    const f = callback(args[0]);
    const n = lengthOfArrayLike(a, o);
    for (let i = 0; i < n; i++) {
      if (!hasProperty(o, String(i))) continue;
      const v = getIndex(o, i);
      if (visit(v, i, call(f, args[1], [v, i, o])) === false) return;
    }
  };
  m('forEach', 1, (o, args) => {
    each(o, args, () => {});
    return undefined;
  });
  m('map', 1, (o, args) => {
    const n = lengthOfArrayLike(a, o);
    callback(args[0]);
    const out = speciesCreate(o, n);
    each(o, args, (_v, i, r) => createAt(out, i, r));
    return out;
  });
  m('filter', 1, (o, args) => {
    callback(args[0]);
    const out = speciesCreate(o, 0);
    let to = 0;
    each(o, args, (v, _i, r) => {
      if (toBoolean(r)) createAt(out, to++, v);
    });
    return out;
  });
  m('some', 1, (o, args) => {
    let found = false;
    each(o, args, (_v, _i, r) => !(found = toBoolean(r)));
    return found;
  });
  m('every', 1, (o, args) => {
    let all = true;
    each(o, args, (_v, _i, r) => (all = toBoolean(r)));
    return all;
  });
  const reduce = (fromEnd: boolean) => (o: JSObject, args: Value[]) => {
    const f = callback(args[0]);
    const n = lengthOfArrayLike(a, o);
    let k = 0;
    const index = (j: number) => (fromEnd ? n - 1 - j : j);
    let acc: Value;
    if (args.length >= 2) acc = args[1];
    else {
      while (k < n && !hasProperty(o, String(index(k)))) k++;
      if (k >= n) throw a.typeError('Reduce of empty array with no initial value');
      acc = getIndex(o, index(k++));
    }
    for (; k < n; k++) {
      const i = index(k);
      if (hasProperty(o, String(i))) acc = call(f, undefined, [acc, getIndex(o, i), i, o]);
    }
    return acc;
  };
  m('reduce', 1, reduce(false));
  m('reduceRight', 1, reduce(true));

  /**
   * SortIndexedProperties' sorting step with SortCompare:
   * https://tc39.es/ecma262/#sec-sortcompare. Undefined values go last without being compared;
   * the rest are sorted by V8's TimSort (see arraySort.ts), which decides when the comparator
   * is called and with which elements.
   */
  const sortValues = (values: Value[], comparator: Value): Value[] => {
    if (comparator !== undefined && !(comparator instanceof JSFunction)) {
      throw a.typeError('The comparison function must be either a function or undefined');
    }
    // `values` is the caller's own copy, so it is sorted in place when it holds no undefined
    // (two copies of 20,000 numbers were two fresh 160 KB arrays).
    let undefinedCount = 0;
    for (const v of values) if (v === undefined) undefinedCount++;
    const defined = undefinedCount === 0 ? values : values.filter((v) => v !== undefined);
    timSort(defined, new SortCompare(a, comparator));
    for (let i = 0; i < undefinedCount; i++) defined.push(undefined);
    return defined;
  };
  // An array's own dense element is a writable data property (see JSArray): sort reads and
  // replaces those directly, as get and ordinarySet would, without a key string and a lookup
  // for each (two per element; on 20,000 numbers, the functions behind them were compiled too).
  const denseAt = (o: JSObject, i: number): Element =>
    o instanceof JSArray && i < o.items.length ? o.items[i] : HOLE;
  m('sort', 1, (o, args) => {
    const n = lengthOfArrayLike(a, o);
    const values: Value[] = [];
    for (let i = 0; i < n; i++) {
      const v = denseAt(o, i);
      if (v !== HOLE) values.push(v);
      else if (hasProperty(o, String(i))) values.push(getIndex(o, i));
    }
    const sorted = sortValues(values, args[0]);
    for (let i = 0; i < sorted.length; i++) {
      // The comparator may have changed the array, so each element is looked at again.
      if (denseAt(o, i) !== HOLE) (o as JSArray).items[i] = sorted[i];
      else put(o, i, sorted[i]);
    }
    for (let i = sorted.length; i < n; i++) remove(o, i);
    return o;
  });
  m('toSorted', 1, (o, args) => {
    const n = lengthOfArrayLike(a, o);
    const values: Value[] = [];
    for (let i = 0; i < n; i++) values.push(getIndex(o, i));
    return array(sortValues(values, args[0]));
  });
  m('toReversed', 0, (o) => {
    const n = lengthOfArrayLike(a, o);
    const values: Value[] = [];
    for (let i = n - 1; i >= 0; i--) values.push(getIndex(o, i));
    return array(values);
  });
  m('with', 2, (o, args) => {
    const n = lengthOfArrayLike(a, o);
    let i = toIntegerOrInfinity(a, args[0]);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw a.rangeError('Invalid index : ' + String(args[0]));
    const values: Value[] = [];
    for (let k = 0; k < n; k++) values.push(k === i ? args[1] : getIndex(o, k));
    return array(values);
  });
  const flatten = (
    target: Value[],
    source: JSObject,
    depth: number,
    mapper?: JSFunction,
    thisArg?: Value,
  ) => {
    const n = lengthOfArrayLike(a, source);
    for (let i = 0; i < n; i++) {
      if (!hasProperty(source, String(i))) continue;
      let v = get(a, source, String(i));
      if (mapper) v = call(mapper, thisArg, [v, i, source]);
      if (depth > 0 && v instanceof JSArray) flatten(target, v, depth - 1);
      else target.push(v);
    }
  };
  m('flat', 0, (o, args) => {
    const depth = args[0] === undefined ? 1 : toIntegerOrInfinity(a, args[0]);
    const out = speciesCreate(o, 0);
    const values: Value[] = [];
    flatten(values, o, depth);
    return fromList(out, values);
  });
  m('flatMap', 1, (o, args) => {
    const mapper = callback(args[0]);
    const out = speciesCreate(o, 0);
    const values: Value[] = [];
    flatten(values, o, 1, mapper, args[1]);
    return fromList(out, values);
  });
  m('fill', 1, (o, args) => {
    const n = lengthOfArrayLike(a, o);
    const start = relative(args[1], n, 0);
    const end = relative(args[2], n, n);
    for (let i = start; i < end; i++) put(o, i, args[0]);
    return o;
  });
  m('copyWithin', 2, (o, args) => {
    const n = lengthOfArrayLike(a, o);
    let to = relative(args[0], n, 0);
    let from = relative(args[1], n, 0);
    const final = relative(args[2], n, n);
    let count = Math.min(final - from, n - to);
    let direction = 1;
    if (from < to && to < from + count) {
      direction = -1;
      from += count - 1;
      to += count - 1;
    }
    for (; count > 0; count--, from += direction, to += direction) {
      if (hasProperty(o, String(from))) put(o, to, getIndex(o, from));
      else remove(o, to);
    }
    return o;
  });
  m('toSpliced', 2, (o, args) => {
    const n = lengthOfArrayLike(a, o);
    const start = relative(args[0], n, 0);
    const skip =
      args.length === 0
        ? 0
        : args.length === 1
          ? n - start
          : Math.min(Math.max(toIntegerOrInfinity(a, args[1]), 0), n - start);
    const values: Value[] = [];
    for (let i = 0; i < start; i++) values.push(getIndex(o, i));
    values.push(...args.slice(2));
    for (let i = start + skip; i < n; i++) values.push(getIndex(o, i));
    return array(values);
  });
  m('toLocaleString', 0, (o) => {
    const n = lengthOfArrayLike(a, o);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const v = getIndex(o, i);
      parts.push(
        v === undefined || v === null
          ? ''
          : toString(a, a.call(getV(a, v, 'toLocaleString'), v, [])),
      );
    }
    return parts.join(',');
  });
  m('at', 1, (o, args) => {
    const n = lengthOfArrayLike(a, o);
    let i = toIntegerOrInfinity(a, args[0]);
    if (i < 0) i += n;
    return i < 0 || i >= n ? undefined : getIndex(o, i);
  });

  // Array iterators: https://tc39.es/ecma262/#sec-%arrayiteratorprototype%-object
  const AIP = I.ArrayIteratorPrototype;
  const iterators = new WeakMap<
    JSObject,
    { target: JSObject | null; index: number; kind: 'key' | 'value' | 'key+value' }
  >();
  const next = defineMethod(a, AIP, 'next', 0, (thisArg) => {
    const state = isObject(thisArg) ? iterators.get(thisArg) : undefined;
    if (!state) throw a.typeError('next method called on incompatible receiver');
    if (!state.target) return createIterResultObject(a, undefined, true);
    const n = lengthOfArrayLike(a, state.target);
    if (state.index >= n) {
      state.target = null;
      return createIterResultObject(a, undefined, true);
    }
    const i = state.index++;
    const value =
      state.kind === 'key'
        ? i
        : state.kind === 'value'
          ? getIndex(state.target, i)
          : array([i, getIndex(state.target, i)]);
    return createIterResultObject(a, value, false);
  });
  I.ArrayIteratorPrototypeNext = next;
  AIP.defineOwnProperty(Symbol.toStringTag, {
    value: 'Array Iterator',
    writable: false,
    enumerable: false,
    configurable: true,
  });
  const makeIterator = (kind: 'key' | 'value' | 'key+value') => (o: JSObject) => {
    const it = new JSObject(AIP);
    it.className = 'Array Iterator';
    iterators.set(it, { target: o, index: 0, kind });
    return it;
  };
  m('keys', 0, makeIterator('key'));
  m('entries', 0, makeIterator('key+value'));
  const values = m('values', 0, makeIterator('value'));
  proto.defineOwnProperty(Symbol.iterator, {
    value: values,
    writable: true,
    enumerable: false,
    configurable: true,
  });
  I.ArrayPrototypeValues = values;
  defineMethod(a, I.IteratorPrototype, Symbol.iterator, 0, (thisArg) => thisArg);
}

/** Array.prototype.join, with cycle detection as V8 does (a cycle joins as ''). */
const joining = new Set<JSObject>();
export function joinArray(a: Agent, o: JSObject, sep: string): string {
  if (joining.has(o)) return '';
  joining.add(o);
  try {
    const n = lengthOfArrayLike(a, o);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const v = get(a, o, String(i));
      parts.push(v === undefined || v === null ? '' : toString(a, v));
    }
    return parts.join(sep);
  } finally {
    joining.delete(o);
  }
}

function describe(v: Value): string {
  if (typeof v === 'string') return `"${v}"`;
  if (v instanceof JSFunction) return v.debugName();
  if (isObject(v)) return v instanceof JSArray ? '[object Array]' : '#<Object>';
  return String(v);
}

/** `get [Symbol.species]() { return this; }` of Array, Map, Set: https://tc39.es/ecma262/#sec-get-array-@@species */
export function defineSpeciesGetter(a: Agent, C: JSObject): void {
  const getter = makeBuiltin(a, 'get [Symbol.species]', 0, (thisArg) => thisArg);
  C.defineOwnProperty(Symbol.species, {
    get: getter,
    set: undefined,
    enumerable: false,
    configurable: true,
  });
}

/** https://tc39.es/ecma262/#sec-sortcompare, for values other than undefined (sorted apart). */
class SortCompare implements Comparison<Value> {
  /**
   * The comparator when it is interpreted code (the common case), called without agent.call's
   * dispatch: the sort's merge loops inline this method, so a smaller one compiles faster.
   */
  private readonly closure: ClosureFunction | null;

  constructor(
    private readonly a: Agent,
    private readonly comparator: JSFunction | undefined,
  ) {
    this.closure = comparator instanceof ClosureFunction ? comparator : null;
    keepAlive(SortCompare, this);
  }

  compare(x: Value, y: Value): number {
    const a = this.a;
    if (this.closure) {
      const r = toNumber(
        a,
        callClosure(a, this.closure, undefined, [x, y], null, 'builtin-callback'),
      );
      return Number.isNaN(r) ? 0 : r;
    }
    if (this.comparator) {
      const r = toNumber(a, a.call(this.comparator, undefined, [x, y], null, 'builtin-callback'));
      return Number.isNaN(r) ? 0 : r;
    }
    const xs = toString(a, x);
    const ys = toString(a, y);
    return xs < ys ? -1 : xs > ys ? 1 : 0;
  }
}
