/**
 * Value formatting as Node's util.inspect does it with console.log's options (depth 2, 80
 * columns, compact 3, 100 array items): a port of the rules of Node's lib/internal/util/inspect.js
 * onto the realm's object model. Getters are shown as [Getter], not run; the reads Node itself
 * makes (an error's name, message and stack, Symbol.toStringTag) run as they do in Node.
 */
import { primitiveValues, type Agent } from '../agent';
import { ClosureFunction } from '../evaluate/functions';
import { ArgumentsObject } from './arguments';
import {
  MapObject,
  previewCollectionIterator,
  SetObject,
  WeakMapObject,
  WeakSetObject,
} from './builtins/collections';
import { ErrorObject } from './builtins/error';
import { RegExpObject } from './builtins/regexp';
import { ordinaryHasInstance, toString } from './operations';
import { PromiseObject } from './promise';
import {
  arrayIndex,
  elementAt,
  isAccessor,
  isObject,
  JSArray,
  JSFunction,
  JSObject,
  ThrowSignal,
  type Property,
  type PropertyKey,
  type Value,
} from './values';

export interface InspectOptions {
  depth?: number;
  /** `%o`: non-enumerable properties too (only arrays' `length` is shown by this port). */
  showHidden?: boolean;
}

interface Context {
  a: Agent;
  depth: number;
  showHidden: boolean;
  seen: JSObject[];
  indentationLvl: number;
  currentDepth: number;
  circular: Map<JSObject, number> | undefined;
}

const BREAK_LENGTH = 80;
const COMPACT = 3;
const MAX_ARRAY_LENGTH = 100;
const MAX_STRING_LENGTH = 10000;
/** Strings longer than this inside containers break at their newlines. */
const MIN_LINE_LENGTH = 16;

type ExtrasType = 'object' | 'array';

/** console.log's formatting of one argument: strings print raw at the top level. */
export function formatLogArgument(a: Agent, v: Value): string {
  return typeof v === 'string' ? v : inspect(a, v);
}

export function inspect(a: Agent, v: Value, options: InspectOptions = {}): string {
  // The commonest value (a settled promise's, each time the trace records it) needs no context.
  if (typeof v === 'number') return formatNumber(v);
  const ctx: Context = {
    a,
    depth: options.depth ?? 2,
    showHidden: options.showHidden ?? false,
    seen: [],
    indentationLvl: 0,
    currentDepth: 0,
    circular: undefined,
  };
  return formatValue(ctx, v, 0);
}

// ---- strings and other primitives --------------------------------------------------------

const META: string[] = [];
for (let i = 0; i < 0x20; i++) META[i] = `\\x${i.toString(16).toUpperCase().padStart(2, '0')}`;
META[8] = '\\b';
META[9] = '\\t';
META[10] = '\\n';
META[12] = '\\f';
META[13] = '\\r';
for (let i = 0x7f; i <= 0x9f; i++) META[i] = `\\x${i.toString(16).toUpperCase()}`;

/** A character quoteString must look at: a quote, a backslash, a control or surrogate character. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const SPECIAL_CHARACTER = /['\\\x00-\x1f\x7f-\x9f\ud800-\udfff]/;

/** Node's strEscape: the quote least in the way, control characters and lone surrogates escaped. */
export function quoteString(s: string): string {
  // Most strings have nothing to escape: one native search spares the loop below, which adds
  // one character at a time and was hot enough for V8 to compile (a binding's preview is quoted
  // at every write).
  if (!SPECIAL_CHARACTER.test(s)) return `'${s}'`;
  let quote = "'";
  if (s.includes("'")) {
    if (!s.includes('"')) quote = '"';
    else if (!s.includes('`') && !s.includes('${')) quote = '`';
  }
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === quote.charCodeAt(0) || c === 0x5c) out += `\\${s[i]}`;
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) out += META[c];
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
      } else out += `\\u${c.toString(16)}`;
    } else out += s[i];
  }
  return `${quote}${out}${quote}`;
}

function formatNumber(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

function formatPrimitive(ctx: Context, v: Exclude<Value, JSObject>): string {
  if (typeof v === 'string') {
    let trailer = '';
    let s = v;
    if (s.length > MAX_STRING_LENGTH) {
      const remaining = s.length - MAX_STRING_LENGTH;
      s = s.slice(0, MAX_STRING_LENGTH);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    if (s.length > MIN_LINE_LENGTH && s.length > BREAK_LENGTH - ctx.indentationLvl - 4) {
      // Long strings inside containers print one line per source line, joined with `+`.
      const lines = s.split(/(?<=\n)/);
      return (
        lines.map((line) => quoteString(line)).join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) +
        trailer
      );
    }
    return quoteString(s) + trailer;
  }
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'symbol') return v.toString();
  return String(v);
}

// ---- reading without side effects ------------------------------------------------------

function ownData(o: JSObject, key: PropertyKey): Value {
  const p = o.getOwnProperty(key);
  return p && !isAccessor(p) ? p.value : undefined;
}

/** A property read as Node's inspect makes it (it may run a getter, as in Node). */
function read(ctx: Context, o: JSObject, key: PropertyKey): Value {
  try {
    return ctx.a.getProperty(o, key);
  } catch (e) {
    if (e instanceof ThrowSignal) return undefined;
    throw e;
  }
}

/** Node's getConstructorName: the first `constructor` on the chain the value is an instance of. */
function getConstructorName(ctx: Context, obj: JSObject): string | null {
  let firstProto: JSObject | null | undefined;
  for (let o: JSObject | null = obj; o; o = o.proto) {
    const c = ownData(o, 'constructor');
    if (c instanceof JSFunction) {
      const name = ownData(c, 'name');
      if (typeof name === 'string' && name !== '' && isInstanceOf(ctx, obj, c)) return name;
    }
    if (firstProto === undefined) firstProto = o.proto;
  }
  if (firstProto === null || firstProto === undefined) return null;
  const protoName = getConstructorName(ctx, firstProto);
  return `Object <${protoName ?? '[Object: null prototype] {}'}>`;
}

function isInstanceOf(ctx: Context, obj: JSObject, c: JSFunction): boolean {
  try {
    return ordinaryHasInstance(ctx.a, c, obj);
  } catch (e) {
    if (e instanceof ThrowSignal) return false;
    throw e;
  }
}

function getPrefix(constructor: string | null, tag: string, fallback: string, size = ''): string {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

/**
 * Node's getCtxStyle. Its fallback is V8's name of the constructor that made the object, for an
 * object with no constructor on its chain: Object here (V8 would name the class of an instance
 * whose prototype became null, which the realm does not record).
 */
function getCtxStyle(constructor: string | null, tag: string): string {
  return getPrefix(constructor, tag, 'Object');
}

/** Own enumerable keys, strings then symbols (Object.keys plus enumerable symbols). */
function getKeys(obj: JSObject, skipIndices: boolean): PropertyKey[] {
  const strings: PropertyKey[] = [];
  const symbols: PropertyKey[] = [];
  for (const key of obj.ownKeys()) {
    if (skipIndices && typeof key === 'string' && arrayIndex(key) >= 0) continue;
    if (!obj.getOwnProperty(key)?.enumerable) continue;
    (typeof key === 'symbol' ? symbols : strings).push(key);
  }
  return strings.concat(symbols);
}

function isError(ctx: Context, obj: JSObject): boolean {
  if (obj instanceof ErrorObject) return true;
  for (let o = obj.proto; o; o = o.proto) if (o === ctx.a.intrinsics.ErrorPrototype) return true;
  return false;
}

// ---- the formatter ---------------------------------------------------------------------

function formatValue(ctx: Context, v: Value, recurseTimes: number): string {
  if (!(v instanceof JSObject)) return formatPrimitive(ctx, v);
  const custom = customInspect(ctx, v, recurseTimes);
  if (custom !== null) return custom;
  if (ctx.seen.includes(v)) {
    if (!ctx.circular) ctx.circular = new Map();
    let index = ctx.circular.get(v);
    if (index === undefined) ctx.circular.set(v, (index = ctx.circular.size + 1));
    return `[Circular *${index}]`;
  }
  return formatRaw(ctx, v, recurseTimes);
}

const CUSTOM_INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** `[Symbol.for('nodejs.util.inspect.custom')](depth, options)`, as Node honours it. */
function customInspect(ctx: Context, v: JSObject, recurseTimes: number): string | null {
  let f: Value;
  for (let o: JSObject | null = v; o && f === undefined; o = o.proto)
    f = ownData(o, CUSTOM_INSPECT);
  if (!(f instanceof JSFunction)) return null;
  const ctor = read(ctx, v, 'constructor');
  if (ctor instanceof JSObject && ownData(ctor, 'prototype') === v) return null;
  const options = new JSObject(ctx.a.intrinsics.ObjectPrototype);
  options.setOwn('depth', ctx.depth - recurseTimes);
  const result = ctx.a.call(f, v, [ctx.depth - recurseTimes, options], null, 'builtin-callback');
  if (result === v) return null;
  if (typeof result !== 'string') return formatValue(ctx, result, recurseTimes);
  return result.replace(/\n/g, `\n${' '.repeat(ctx.indentationLvl)}`);
}

type Formatter = (ctx: Context, obj: JSObject, recurseTimes: number) => string[];
const noEntries: Formatter = () => [];

function formatRaw(ctx: Context, value: JSObject, recurseTimes: number): string {
  const constructor = getConstructorName(ctx, value);
  const tagValue = read(ctx, value, Symbol.toStringTag);
  // Node shows the tag unless it is an own enumerable property (own at all with showHidden),
  // which the keys print already; getPrefix leaves out one that repeats the constructor's name.
  const ownTag = value.getOwnProperty(Symbol.toStringTag);
  const tag =
    typeof tagValue === 'string' && !(ownTag && (ownTag.enumerable || ctx.showHidden))
      ? tagValue
      : '';
  let base = '';
  let formatter: Formatter = noEntries;
  let braces: [string, string] = ['{', '}'];
  let extrasType: ExtrasType = 'object';
  let keys: PropertyKey[];

  if (value instanceof JSArray && value.className === 'Array') {
    const prefix =
      constructor !== 'Array' || tag !== ''
        ? getPrefix(constructor, tag, 'Array', `(${value.items.length})`)
        : '';
    keys = getKeys(value, true);
    braces = [`${prefix}[`, ']'];
    if (value.items.length === 0 && keys.length === 0) return `${braces[0]}]`;
    extrasType = 'array';
    formatter = (c, o, r) => formatArray(c, o as JSArray, r);
  } else if (value instanceof SetObject) {
    const size = value.entries.size;
    const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
    keys = getKeys(value, false);
    formatter = (c, o, r) =>
      formatCollection(c, [...(o as SetObject).entries], (x) => formatValue(c, x, r));
    if (size === 0 && keys.length === 0) return `${prefix}{}`;
    braces = [`${prefix}{`, '}'];
  } else if (value instanceof MapObject) {
    const size = value.entries.size;
    const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
    keys = getKeys(value, false);
    formatter = (c, o, r) =>
      formatCollection(
        c,
        [...(o as MapObject).entries],
        ([k, v]) => `${formatValue(c, k, r)} => ${formatValue(c, v, r)}`,
      );
    if (size === 0 && keys.length === 0) return `${prefix}{}`;
    braces = [`${prefix}{`, '}'];
  } else if (previewCollectionIterator(value)) {
    const preview = previewCollectionIterator(value)!;
    keys = getKeys(value, false);
    braces = iteratorBraces(preview.tag, tag);
    if (preview.keyValue) braces[0] = braces[0].replace(/ Iterator] \{$/, ' Entries] {');
    formatter = (c, _o, r) => formatIteratorEntries(c, preview.entries, preview.keyValue, r);
  } else {
    keys = getKeys(value, false);
    if (
      constructor === 'Object' &&
      !(value instanceof JSFunction) &&
      !(value instanceof RegExpObject) &&
      !isError(ctx, value) &&
      !(value instanceof PromiseObject) &&
      !primitiveValues.has(value)
    ) {
      if (value instanceof ArgumentsObject) braces[0] = '[Arguments] {';
      else if (tag !== '') braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      if (keys.length === 0) return `${braces[0]}}`;
    } else if (value instanceof JSFunction) {
      base = functionBase(ctx, value, constructor, tag);
      if (keys.length === 0) return base;
    } else if (value instanceof RegExpObject) {
      base = `/${value.matcher.source}/${value.matcher.flags}`;
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if (keys.length === 0 || recurseTimes > ctx.depth) return base;
    } else if (isError(ctx, value)) {
      base = formatError(ctx, value, constructor, tag, keys);
      if (keys.length === 0) return base;
    } else if (value instanceof PromiseObject) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = (c, o, r) => formatPromise(c, o as PromiseObject, r);
    } else if (value instanceof WeakSetObject || value instanceof WeakMapObject) {
      braces[0] = `${getPrefix(constructor, tag, value instanceof WeakSetObject ? 'WeakSet' : 'WeakMap')}{`;
      formatter = () => ['<items unknown>'];
    } else if (primitiveValues.has(value)) {
      base = boxedBase(ctx, value, keys, constructor, tag);
      if (keys.length === 0) return base;
    } else {
      if (keys.length === 0) return `${getCtxStyle(constructor, tag)}{}`;
      braces[0] = `${getCtxStyle(constructor, tag)}{`;
    }
  }

  if (recurseTimes > ctx.depth) {
    const name = getCtxStyle(constructor, tag).slice(0, -1);
    return constructor !== null ? `[${name}]` : name;
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  const output = formatter(ctx, value, recurseTimes);
  for (const key of keys) output.push(formatProperty(ctx, value, recurseTimes, key, extrasType));
  if (ctx.showHidden && value instanceof JSArray)
    output.push(`[length]: ${formatNumber(value.items.length)}`);
  if (ctx.circular) {
    const index = ctx.circular.get(value);
    if (index !== undefined) base = base === '' ? `<ref *${index}>` : `<ref *${index}> ${base}`;
  }
  ctx.seen.pop();
  return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
}

function iteratorBraces(type: 'Map' | 'Set', tag: string): [string, string] {
  let t = tag;
  if (t !== `${type} Iterator`) {
    if (t !== '') t += '] [';
    t += `${type} Iterator`;
  }
  return [`[${t}] {`, '}'];
}

function formatIteratorEntries(
  ctx: Context,
  entries: Value[],
  keyValue: boolean,
  recurseTimes: number,
): string[] {
  const output: string[] = [];
  ctx.indentationLvl += 2;
  if (keyValue) {
    const len = entries.length / 2;
    const max = Math.min(MAX_ARRAY_LENGTH, len);
    for (let i = 0; i < max; i++) {
      const pair = [
        formatValue(ctx, entries[i * 2], recurseTimes),
        formatValue(ctx, entries[i * 2 + 1], recurseTimes),
      ];
      output.push(reduceToSingleString(ctx, pair, '', ['[', ']'], 'array', recurseTimes));
    }
    ctx.indentationLvl -= 2;
    if (len > max) output.push(moreItems(len - max));
    return output;
  }
  const max = Math.min(MAX_ARRAY_LENGTH, entries.length);
  for (let i = 0; i < max; i++) output.push(formatValue(ctx, entries[i], recurseTimes));
  ctx.indentationLvl -= 2;
  if (entries.length > max) output.push(moreItems(entries.length - max));
  return output;
}

const moreItems = (n: number) => `... ${n} more item${n > 1 ? 's' : ''}`;

function formatCollection<T>(ctx: Context, items: T[], format: (item: T) => string): string[] {
  const output: string[] = [];
  const max = Math.min(MAX_ARRAY_LENGTH, items.length);
  ctx.indentationLvl += 2;
  for (let i = 0; i < max; i++) output.push(format(items[i]));
  if (items.length > max) output.push(moreItems(items.length - max));
  ctx.indentationLvl -= 2;
  return output;
}

function formatPromise(ctx: Context, p: PromiseObject, recurseTimes: number): string[] {
  if (p.state === 'pending') return ['<pending>'];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, p.result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [p.state === 'rejected' ? `<rejected> ${str}` : str];
}

/** Node's formatArray and formatSpecialArray: items, runs of holes, and the 100-item cap. */
function formatArray(ctx: Context, arr: JSArray, recurseTimes: number): string[] {
  const length = arr.items.length;
  const maxLength = Math.min(MAX_ARRAY_LENGTH, length);
  const output: string[] = [];
  let index = 0;
  while (index < length && output.length < maxLength) {
    if (arr.getOwnProperty(String(index))) {
      output.push(formatProperty(ctx, arr, recurseTimes, String(index), 'array-item'));
      index++;
      continue;
    }
    let next = index;
    while (next < length && !arr.getOwnProperty(String(next))) next++;
    if (next >= length) break;
    const holes = next - index;
    output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
    index = next;
  }
  const remaining = length - index;
  if (output.length !== maxLength || index >= length) {
    if (remaining > 0) output.push(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`);
  } else if (remaining > 0) {
    output.push(moreItems(remaining));
  }
  return output;
}

function functionBase(
  ctx: Context,
  f: JSFunction,
  constructor: string | null,
  tag: string,
): string {
  if (f instanceof ClosureFunction && f.isClassConstructor) {
    const name = ownData(f, 'name');
    let base = `class ${typeof name === 'string' && name ? name : '(anonymous)'}`;
    if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    if (constructor === null) base += ' extends [null prototype]';
    else if (f.proto) {
      const superName = read(ctx, f.proto, 'name');
      if (typeof superName === 'string' && superName) base += ` extends ${superName}`;
    }
    return `[${base}]`;
  }
  let type = 'Function';
  if (f instanceof ClosureFunction) {
    if (f.isGenerator) type = `Generator${type}`;
    if (f.isAsync) type = `Async${type}`;
  }
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  const name = read(ctx, f, 'name');
  if (name === '' || typeof name !== 'string') base += ' (anonymous)';
  else base += `: ${name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function boxedBase(
  ctx: Context,
  o: JSObject,
  keys: PropertyKey[],
  constructor: string | null,
  tag: string,
): string {
  const p = primitiveValues.get(o);
  const type =
    typeof p === 'number'
      ? 'Number'
      : typeof p === 'string'
        ? 'String'
        : typeof p === 'boolean'
          ? 'Boolean'
          : typeof p === 'bigint'
            ? 'BigInt'
            : 'Symbol';
  if (typeof p === 'string') {
    // The wrapper's index keys are the string itself.
    for (let i = keys.length - 1; i >= 0; i--)
      if (typeof keys[i] === 'string' && arrayIndex(keys[i]) >= 0 && arrayIndex(keys[i]) < p.length)
        keys.splice(i, 1);
  }
  let base = `[${type}`;
  if (type !== constructor)
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive(ctx, p as Exclude<Value, JSObject>)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  return base;
}

/** Node's formatError: the stack (with a corrected first line), bracketed when it has no frames. */
function formatError(
  ctx: Context,
  err: JSObject,
  constructor: string | null,
  tag: string,
  keys: PropertyKey[],
): string {
  const nameValue = read(ctx, err, 'name');
  const name = nameValue === undefined || nameValue === null ? 'Error' : safeString(ctx, nameValue);
  const stackValue = read(ctx, err, 'stack');
  let stack = stackValue ? safeString(ctx, stackValue) : errorToString(ctx, err);
  // Keys already visible in the stack are not repeated.
  for (const key of ['name', 'message', 'stack']) {
    const i = keys.indexOf(key);
    if (i !== -1) {
      const v = read(ctx, err, key);
      if (stack.includes(safeString(ctx, v))) keys.splice(i, 1);
    }
  }
  if (hasInChain(err, 'cause') && !keys.includes('cause')) keys.push('cause');
  const errors = read(ctx, err, 'errors');
  if (errors instanceof JSArray && errors.className === 'Array' && !keys.includes('errors'))
    keys.push('errors');
  stack = improveStack(stack, constructor, name, tag);
  const messageValue = read(ctx, err, 'message');
  const message =
    typeof messageValue === 'string'
      ? messageValue
      : messageValue === undefined || messageValue === null
        ? ''
        : safeString(ctx, messageValue);
  let pos = (message && stack.indexOf(message)) || -1;
  if (pos !== -1) pos += message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) stack = `[${stack}]`;
  if (ctx.indentationLvl !== 0) stack = stack.replace(/\n/g, `\n${' '.repeat(ctx.indentationLvl)}`);
  return stack;
}

function hasInChain(o: JSObject, key: PropertyKey): boolean {
  for (let p: JSObject | null = o; p; p = p.proto) if (p.getOwnProperty(key)) return true;
  return false;
}

function safeString(ctx: Context, v: Value): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'symbol') return v.toString();
  if (!isObject(v)) return String(v);
  try {
    return toString(ctx.a, v);
  } catch (e) {
    if (e instanceof ThrowSignal) return '';
    throw e;
  }
}

function errorToString(ctx: Context, err: JSObject): string {
  const name = read(ctx, err, 'name');
  const message = read(ctx, err, 'message');
  const n = name === undefined ? 'Error' : safeString(ctx, name);
  const m = message === undefined ? '' : safeString(ctx, message);
  if (!n) return m;
  if (!m) return n;
  return `${n}: ${m}`;
}

function improveStack(
  stack: string,
  constructor: string | null,
  name: string,
  tag: string,
): string {
  let len = name.length;
  if (
    constructor === null ||
    (name.endsWith('Error') &&
      stack.startsWith(name) &&
      (stack.length === len || stack[len] === ':' || stack[len] === '\n'))
  ) {
    let fallback = 'Error';
    if (constructor === null) {
      const start =
        /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ??
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = start?.[1] ?? '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name))
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      else stack = `${prefix} [${name}]${stack.slice(len)}`;
    }
  }
  return stack;
}

const KEY_IDENTIFIER = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatProperty(
  ctx: Context,
  obj: JSObject,
  recurseTimes: number,
  key: PropertyKey,
  type: ExtrasType | 'array-item',
): string {
  const desc: Property = obj.getOwnProperty(key) ?? {
    value: undefined,
    writable: true,
    enumerable: true,
    configurable: true,
  };
  let str: string;
  if (!isAccessor(desc)) {
    ctx.indentationLvl += 2;
    str = formatValue(ctx, desc.value, recurseTimes);
    ctx.indentationLvl -= 2;
  } else if (desc.get) str = desc.set ? '[Getter/Setter]' : '[Getter]';
  else str = desc.set ? '[Setter]' : 'undefined';
  if (type === 'array-item') return str;
  let name: string;
  if (typeof key === 'symbol') name = `[${escapeKey(key.toString())}]`;
  else if (key === '__proto__') name = "['__proto__']";
  else if (!desc.enumerable) name = `[${escapeKey(key)}]`;
  else if (KEY_IDENTIFIER.test(key)) name = key;
  else name = quoteString(key);
  return `${name}: ${str}`;
}

function escapeKey(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out +=
      c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x27 || c === 0x5c
        ? c === 0x27
          ? "\\'"
          : c === 0x5c
            ? '\\\\'
            : META[c]
        : s[i];
  }
  return out;
}

function isBelowBreakLength(output: string[], start: number, base: string): boolean {
  let total = output.length + start;
  if (total + output.length > BREAK_LENGTH) return false;
  for (const entry of output) {
    total += entry.length;
    if (total > BREAK_LENGTH) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(
  ctx: Context,
  output: string[],
  base: string,
  braces: [string, string],
  extrasType: ExtrasType,
  recurseTimes: number,
  value?: JSObject,
): string {
  const entries = output.length;
  if (extrasType === 'array' && entries > 6) output = groupArrayElements(ctx, output, value);
  if (ctx.currentDepth - recurseTimes < COMPACT && entries === output.length) {
    const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
    if (isBelowBreakLength(output, start, base)) {
      const joined = output.join(', ');
      if (!joined.includes('\n'))
        return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
    }
  }
  const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
  return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
}

/** The printed width of a string (wide East Asian characters and emoji count twice). */
function stringWidth(s: string): number {
  let width = 0;
  for (const ch of s.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (isFullWidth(code)) width += 2;
    else if (!isZeroWidth(code)) width++;
  }
  return width;
}

function isFullWidth(code: number): boolean {
  return (
    code >= 0x1100 &&
    (code <= 0x115f ||
      code === 0x2329 ||
      code === 0x232a ||
      (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
      (code >= 0x3250 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0xa4c6) ||
      (code >= 0xa960 && code <= 0xa97c) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6b) ||
      (code >= 0xff01 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1b000 && code <= 0x1b001) ||
      (code >= 0x1f200 && code <= 0x1f251) ||
      (code >= 0x1f300 && code <= 0x1f64f) ||
      (code >= 0x20000 && code <= 0x3fffd))
  );
}

function isZeroWidth(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0xe0100 && code <= 0xe01ef)
  );
}

/** Node's groupArrayElements: many short items are laid out in aligned columns. */
function groupArrayElements(ctx: Context, output: string[], value: JSObject | undefined): string[] {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... n more items" entry is not laid out in columns.
  if (MAX_ARRAY_LENGTH < output.length) outputLength--;
  const separatorSpace = 2;
  const dataLen: number[] = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = stringWidth(output[i]);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (
    actualMax * 3 + ctx.indentationLvl < BREAK_LENGTH &&
    (totalLength / actualMax > 5 || maxLength <= 6)
  ) {
    const approxCharHeights = 2.5;
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      Math.floor((BREAK_LENGTH - ctx.indentationLvl) / actualMax),
      COMPACT * 4,
      15,
    );
    if (columns <= 1) return output;
    const tmp: string[] = [];
    const maxLineLength: number[] = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns)
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        const item = value instanceof JSArray ? elementAt(value, i) : undefined;
        if (typeof item !== 'number' && typeof item !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let str = '';
      let j = i;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        str += padStart
          ? `${output[j]}, `.padStart(padding, ' ')
          : `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        str += output[j].padStart(padding, ' ');
      } else {
        str += output[j];
      }
      tmp.push(str);
    }
    if (outputLength < output.length) tmp.push(output[outputLength]);
    return tmp;
  }
  return output;
}
