/** JSON: https://tc39.es/ecma262/#sec-json-object */
import { primitiveValues, type Agent } from '../../agent';
import {
  constructorNameOf,
  createDataProperty,
  get,
  lengthOfArrayLike,
  toIntegerOrInfinity,
  toNumber,
  toString,
} from '../operations';
import { isObject, JSArray, JSFunction, JSObject, type Value } from '../values';
import { defineMethod, defineValue } from './define';

export function installJSON(a: Agent): void {
  const J = new JSObject(a.intrinsics.ObjectPrototype);
  J.defineOwnProperty(Symbol.toStringTag, {
    value: 'JSON',
    writable: false,
    enumerable: false,
    configurable: true,
  });
  defineMethod(a, J, 'stringify', 3, (_t, args) => stringify(a, args[0], args[1], args[2]));
  defineMethod(a, J, 'parse', 2, (_t, args) => {
    const text = toString(a, args[0]);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw a.syntaxError((e as Error).message);
    }
    const value = fromHost(a, parsed);
    const reviver = args[1];
    if (!(reviver instanceof JSFunction)) return value;
    const root = new JSObject(a.intrinsics.ObjectPrototype);
    createDataProperty(root, '', value);
    return revive(a, root, '', reviver);
  });
  defineValue(a.globalObject, 'JSON', J);
}

/** Parsed JSON (plain host data) into the realm's objects. */
function fromHost(a: Agent, v: unknown): Value {
  if (v === null || typeof v !== 'object') return v as Value;
  if (Array.isArray(v))
    return new JSArray(
      a.intrinsics.ArrayPrototype,
      v.map((x) => fromHost(a, x)),
    );
  const o = new JSObject(a.intrinsics.ObjectPrototype);
  for (const [k, x] of Object.entries(v)) createDataProperty(o, k, fromHost(a, x));
  return o;
}

function revive(a: Agent, holder: JSObject, key: string, reviver: JSFunction): Value {
  const val = get(a, holder, key);
  if (isObject(val)) {
    const keys =
      val instanceof JSArray
        ? Array.from({ length: lengthOfArrayLike(a, val) }, (_, i) => String(i))
        : val
            .ownKeys()
            .filter(
              (k): k is string => typeof k === 'string' && !!val.getOwnProperty(k)?.enumerable,
            );
    for (const k of keys) {
      const nv = revive(a, val, k, reviver);
      if (nv === undefined) val.deleteOwn(k);
      else createDataProperty(val, k, nv);
    }
  }
  return a.call(reviver, holder, [key, val], null, 'builtin-callback');
}

/** https://tc39.es/ecma262/#sec-json.stringify */
export function stringify(a: Agent, value: Value, replacer: Value, spaceArg: Value): Value {
  let gap = '';
  let space = spaceArg;
  if (isObject(space) && primitiveValues.has(space)) space = primitiveValues.get(space);
  if (typeof space === 'number')
    gap = ' '.repeat(Math.min(10, Math.max(0, toIntegerOrInfinity(a, space))));
  else if (typeof space === 'string') gap = space.slice(0, 10);
  const replacerFn = replacer instanceof JSFunction ? replacer : null;
  let allowList: string[] | null = null;
  if (replacer instanceof JSArray) {
    allowList = [];
    for (let i = 0; i < lengthOfArrayLike(a, replacer); i++) {
      let item = get(a, replacer, String(i));
      if (
        isObject(item) &&
        (typeof primitiveValues.get(item) === 'string' ||
          typeof primitiveValues.get(item) === 'number')
      )
        item = toString(a, item);
      if (typeof item === 'string' || typeof item === 'number') {
        const s = String(item);
        if (!allowList.includes(s)) allowList.push(s);
      }
    }
  }
  const stack: JSObject[] = [];
  /** The key under which each object on `stack` was reached. */
  const stackKeys: string[] = [];
  const quote = (s: string) => JSON.stringify(s);

  const serialize = (holder: JSObject, key: string, indent: string): string | undefined => {
    let v = get(a, holder, key);
    if (isObject(v) || typeof v === 'bigint') {
      const toJSON = isObject(v)
        ? get(a, v, 'toJSON')
        : get(a, a.intrinsics.BigIntPrototype, 'toJSON');
      if (toJSON instanceof JSFunction) v = a.call(toJSON, v, [key], null, 'builtin-callback');
    }
    if (replacerFn) v = a.call(replacerFn, holder, [key, v], null, 'builtin-callback');
    if (isObject(v) && primitiveValues.has(v)) {
      const p = primitiveValues.get(v);
      if (typeof p === 'number') v = toNumber(a, v);
      else if (typeof p === 'string') v = toString(a, v);
      else if (typeof p === 'boolean' || typeof p === 'bigint') v = p;
    }
    if (v === null) return 'null';
    if (v === true) return 'true';
    if (v === false) return 'false';
    if (typeof v === 'string') return quote(v);
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
    if (typeof v === 'bigint') throw a.typeError('Do not know how to serialize a BigInt');
    if (!isObject(v) || v instanceof JSFunction) return undefined;
    if (stack.includes(v)) throw a.typeError(circularMessage(stack, stackKeys, v, key));
    stack.push(v);
    stackKeys.push(key);
    const inner = indent + gap;
    let out: string;
    if (v instanceof JSArray) {
      const n = lengthOfArrayLike(a, v);
      const parts: string[] = [];
      for (let i = 0; i < n; i++) parts.push(serialize(v, String(i), inner) ?? 'null');
      out =
        parts.length === 0
          ? '[]'
          : gap
            ? `[\n${inner}${parts.join(`,\n${inner}`)}\n${indent}]`
            : `[${parts.join(',')}]`;
    } else {
      const obj = v;
      const keys =
        allowList ??
        obj
          .ownKeys()
          .filter((k): k is string => typeof k === 'string' && !!obj.getOwnProperty(k)?.enumerable);
      const parts: string[] = [];
      for (const k of keys) {
        const s = serialize(obj, k, inner);
        if (s !== undefined) parts.push(`${quote(k)}:${gap ? ' ' : ''}${s}`);
      }
      out =
        parts.length === 0
          ? '{}'
          : gap
            ? `{\n${inner}${parts.join(`,\n${inner}`)}\n${indent}}`
            : `{${parts.join(',')}}`;
    }
    stack.pop();
    stackKeys.pop();
    return out;
  };
  const wrapper = new JSObject(a.intrinsics.ObjectPrototype);
  createDataProperty(wrapper, '', value);
  return serialize(wrapper, '', '');
}

/** V8's message for a cycle: where it starts, the path around, and the key that closes it. */
function circularMessage(
  stack: JSObject[],
  keys: string[],
  v: JSObject,
  closingKey: string,
): string {
  const start = stack.indexOf(v);
  const describeKey = (k: string, holder: JSObject) =>
    holder instanceof JSArray && /^\d+$/.test(k) ? `index ${k}` : `property '${k}'`;
  const ctor = (o: JSObject) => `object with constructor '${constructorNameOf(o) ?? 'Object'}'`;
  const lines = [
    'Converting circular structure to JSON',
    `    --> starting at ${ctor(stack[start])}`,
  ];
  const middle: string[] = [];
  for (let i = start + 1; i < stack.length; i++)
    middle.push(`    |     ${describeKey(keys[i], stack[i - 1])} -> ${ctor(stack[i])}`);
  // V8 keeps the first two and the last of a long path.
  if (middle.length > 3)
    lines.push(middle[0], middle[1], '    |     ...', middle[middle.length - 1]);
  else lines.push(...middle);
  lines.push(`    --- ${describeKey(closingKey, stack[stack.length - 1])} closes the circle`);
  return lines.join('\n');
}
