/**
 * Value formatting as Node's util.inspect prints the common cases (console.log's %o-free path):
 * the same quoting, nesting depth (2), line breaking (80 columns, compact 3) and array grouping.
 * Reads properties without running user code: getters show as [Getter], as Node does.
 */
import { primitiveValues, type Agent } from '../agent';
import { ClosureFunction } from '../evaluate/functions';
import { BoundFunction } from './builtins/function';
import { MapObject, SetObject, WeakMapObject, WeakSetObject } from './builtins/collections';
import { ErrorObject } from './builtins/error';
import { GeneratorObject } from './builtins/generator';
import { PromiseObject } from './promise';
import { HOLE, isAccessor, JSArray, JSFunction, JSObject, type PropertyKey, type Value } from './values';

interface Context {
  seen: JSObject[];
  indentationLvl: number;
  currentDepth: number;
  circular: Map<JSObject, number>;
}

const MAX_DEPTH = 2;
const BREAK_LENGTH = 80;
const COMPACT = 3;
const MAX_ARRAY_LENGTH = 100;

/** console.log's formatting of one argument: strings print raw at the top level. */
export function formatLogArgument(a: Agent, v: Value): string {
  return typeof v === 'string' ? v : inspect(a, v);
}

export function inspect(a: Agent, v: Value): string {
  return formatValue(a, { seen: [], indentationLvl: 0, currentDepth: 0, circular: new Map() }, v, 0, true);
}

export function quoteString(s: string): string {
  let quote = "'";
  if (s.includes("'")) {
    if (!s.includes('"')) quote = '"';
    else if (!s.includes('`') && !s.includes('${')) quote = '`';
  }
  const escaped = s.replace(/[\\\n\t\r\b\f\v\x00-\x1f\x7f]|'/g, (c) => {
    if (c === quote) return `\\${c}`;
    switch (c) {
      case '\\':
        return '\\\\';
      case '\n':
        return '\\n';
      case '\t':
        return '\\t';
      case '\r':
        return '\\r';
      case '\b':
        return '\\b';
      case '\f':
        return '\\f';
      case '\v':
        return '\\v';
      case "'":
        return "'";
      default:
        return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`;
    }
  });
  return `${quote}${escaped}${quote}`;
}

function formatPrimitive(v: Exclude<Value, JSObject>): string {
  if (typeof v === 'string') return quoteString(v);
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'symbol') return v.toString();
  return String(v);
}

const IDENTIFIER = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatKey(key: PropertyKey): string {
  if (typeof key === 'symbol') return `[${key.toString()}]`;
  return IDENTIFIER.test(key) ? key : quoteString(key);
}

/** The constructor name Node shows before braces, found without running user code. */
function constructorName(obj: JSObject): string | null {
  for (let o: JSObject | null = obj; o; o = o.proto) {
    const d = o.getOwnProperty('constructor');
    if (d && !isAccessor(d) && d.value instanceof JSFunction) {
      const n = d.value.getOwnProperty('name');
      if (n && !isAccessor(n) && typeof n.value === 'string' && n.value) return n.value;
    }
  }
  return null;
}

function toStringTag(obj: JSObject): string | null {
  for (let o: JSObject | null = obj; o; o = o.proto) {
    const d = o.getOwnProperty(Symbol.toStringTag);
    if (d && !isAccessor(d) && typeof d.value === 'string') return d.value;
  }
  return null;
}

function formatValue(a: Agent, ctx: Context, v: Value, depth: number, topLevel = false): string {
  if (!(v instanceof JSObject)) return formatPrimitive(v);
  if (ctx.seen.includes(v)) {
    let index = ctx.circular.get(v);
    if (index === undefined) ctx.circular.set(v, (index = ctx.circular.size + 1));
    return `[Circular *${index}]`;
  }
  void topLevel;
  return formatRaw(a, ctx, v, depth);
}

function formatRaw(a: Agent, ctx: Context, obj: JSObject, depth: number): string {
  const ctorName = constructorName(obj);
  const tag = toStringTag(obj);
  let braces: [string, string] = ['{', '}'];
  let base = '';
  let output: string[] = [];
  let extrasArray = false;
  let keys: PropertyKey[] = ownEnumerableKeys(obj);
  const prefix = (fallback: string, size?: string) => {
    const name = ctorName ?? `[${fallback}: null prototype]`;
    const t = tag && tag !== ctorName && tag !== fallback ? ` [${tag}]` : '';
    return `${name}${size ?? ''}${t} `;
  };

  if (obj instanceof JSFunction) {
    base = functionBase(obj, ctorName);
    if (keys.length === 0) return base;
    braces = ['{', '}'];
  } else if (obj instanceof ErrorObject) {
    base = formatError(a, obj);
    keys = keys.filter((k) => k !== 'stack' && k !== 'message');
    if (keys.length === 0) return base;
  } else if (obj instanceof JSArray && obj.className === 'Array') {
    extrasArray = true;
    const p = ctorName === 'Array' ? '' : prefix('Array', `(${obj.items.length})`);
    braces = [`${p}[`, ']'];
    if (obj.items.length === 0 && keys.length === obj.items.length) return `${braces[0]}]`;
    if (depth > MAX_DEPTH) return '[Array]';
    keys = keys.filter((k) => typeof k === 'symbol' || !/^\d+$/.test(k));
  } else if (obj instanceof MapObject || obj instanceof SetObject) {
    const isMap = obj instanceof MapObject;
    const size = obj.entries.size;
    braces = [`${prefix(isMap ? 'Map' : 'Set', `(${size})`)}{`, '}'];
    if (size === 0 && keys.length === 0) return `${braces[0]}}`;
    if (depth > MAX_DEPTH) return `[${isMap ? 'Map' : 'Set'}]`;
  } else if (obj instanceof PromiseObject) {
    braces = [`${prefix('Promise')}{`, '}'];
    if (depth > MAX_DEPTH) return '[Promise]';
  } else if (obj instanceof WeakMapObject || obj instanceof WeakSetObject) {
    return `${obj.className} { <items unknown> }`;
  } else if (primitiveValues.has(obj)) {
    const p = primitiveValues.get(obj);
    const type = typeof p === 'string' ? 'String' : typeof p === 'number' ? 'Number' : typeof p === 'boolean' ? 'Boolean' : typeof p === 'symbol' ? 'Symbol' : 'BigInt';
    base = `[${type}: ${formatPrimitive(p as Exclude<Value, JSObject>)}]`;
    if (typeof p === 'string') keys = keys.filter((k) => typeof k === 'symbol' || !/^\d+$/.test(k));
    if (keys.length === 0) return base;
  } else if (obj instanceof GeneratorObject) {
    braces = ['Object [Generator] {', '}'];
  } else if (obj.className === 'Arguments') {
    braces = ['[Arguments] [', ']'];
    extrasArray = true;
  } else {
    if (ctorName === 'Object') {
      if (tag && tag !== 'Object') braces = [`Object [${tag}] {`, '}'];
    } else {
      braces = [`${prefix('Object')}{`, '}'];
    }
    if (keys.length === 0) return `${braces[0]}}`;
  }
  if (depth > MAX_DEPTH) return `[${ctorName ?? tag ?? 'Object'}]`;

  ctx.seen.push(obj);
  ctx.currentDepth = depth;
  if (obj instanceof JSArray && (extrasArray || obj.className === 'Arguments')) output = formatArrayItems(a, ctx, obj, depth);
  else if (obj instanceof MapObject) {
    ctx.indentationLvl += 2;
    for (const [k, v] of obj.entries) output.push(`${formatValue(a, ctx, k, depth + 1)} => ${formatValue(a, ctx, v, depth + 1)}`);
    ctx.indentationLvl -= 2;
  } else if (obj instanceof SetObject) {
    ctx.indentationLvl += 2;
    for (const v of obj.entries) output.push(formatValue(a, ctx, v, depth + 1));
    ctx.indentationLvl -= 2;
  } else if (obj instanceof PromiseObject) {
    if (obj.state === 'pending') output.push('<pending>');
    else {
      ctx.indentationLvl += 2;
      const value = formatValue(a, ctx, obj.result, depth + 1);
      ctx.indentationLvl -= 2;
      output.push(obj.state === 'rejected' ? `<rejected> ${value}` : value);
    }
  }
  for (const key of keys) output.push(formatProperty(a, ctx, obj, key, depth, extrasArray));
  ctx.seen.pop();

  const circularIndex = ctx.circular.get(obj);
  if (circularIndex !== undefined) {
    const ref = `<ref *${circularIndex}>`;
    if (base) base = `${ref} ${base}`;
    else braces[0] = `${ref} ${braces[0]}`;
  }
  return reduceToSingleString(ctx, output, base, braces, extrasArray, depth);
}

function ownEnumerableKeys(obj: JSObject): PropertyKey[] {
  return obj.ownKeys().filter((k) => {
    if (obj instanceof JSArray && k === 'length') return false;
    return obj.getOwnProperty(k)?.enumerable;
  });
}

function functionBase(f: JSFunction, ctorName: string | null): string {
  const nameProp = f.getOwnProperty('name');
  const name = nameProp && !isAccessor(nameProp) && typeof nameProp.value === 'string' ? nameProp.value : '';
  if (f instanceof ClosureFunction && f.isClassConstructor) {
    const ext = f.proto instanceof JSFunction && f.isDerived ? ` extends ${(f.proto as JSFunction).debugName()}` : '';
    return `[class ${name || '(anonymous)'}${ext}]`;
  }
  let type = 'Function';
  if (f instanceof ClosureFunction) {
    if (f.isGenerator) type = f.isAsync ? 'AsyncGeneratorFunction' : 'GeneratorFunction';
    else if (f.isAsync) type = 'AsyncFunction';
  }
  void BoundFunction;
  let base = `[${type}${name ? `: ${name}` : ' (anonymous)'}]`;
  if (ctorName === null) base += ' [null prototype]';
  return base;
}

/** Errors print their stack, as Node does; the stack's first line is `Name: message`. */
function formatError(a: Agent, err: JSObject): string {
  const stack = err.getOwnProperty('stack');
  if (stack && !isAccessor(stack) && typeof stack.value === 'string') return stack.value;
  const name = a.getProperty(err, 'name');
  const message = a.getProperty(err, 'message');
  return message ? `${String(name)}: ${String(message)}` : String(name);
}

function formatProperty(a: Agent, ctx: Context, obj: JSObject, key: PropertyKey, depth: number, arrayLike: boolean): string {
  const d = obj.getOwnProperty(key)!;
  let str: string;
  if (isAccessor(d)) str = d.get ? (d.set ? '[Getter/Setter]' : '[Getter]') : d.set ? '[Setter]' : 'undefined';
  else {
    ctx.indentationLvl += 2;
    str = formatValue(a, ctx, d.value, depth + 1);
    ctx.indentationLvl -= 2;
  }
  void arrayLike;
  return `${formatKey(key)}: ${str}`;
}

function formatArrayItems(a: Agent, ctx: Context, arr: JSArray, depth: number): string[] {
  const output: string[] = [];
  const items = arr.items;
  const shown = Math.min(items.length, MAX_ARRAY_LENGTH);
  let holes = 0;
  const flushHoles = () => {
    if (holes > 0) output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
    holes = 0;
  };
  let i = 0;
  for (; i < items.length && output.length < shown; i++) {
    const item = items[i];
    if (item === HOLE) {
      holes++;
      continue;
    }
    flushHoles();
    ctx.indentationLvl += 2;
    output.push(formatValue(a, ctx, item, depth + 1));
    ctx.indentationLvl -= 2;
  }
  flushHoles();
  if (i < items.length) {
    const rest = items.length - i;
    output.push(`... ${rest} more item${rest > 1 ? 's' : ''}`);
  }
  return output;
}

function isBelowBreakLength(ctx: Context, output: string[], start: number, base: string): boolean {
  let total = output.length + start;
  if (total + output.length > BREAK_LENGTH) return false;
  for (const entry of output) {
    total += entry.length;
    if (total > BREAK_LENGTH) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx: Context, output: string[], base: string, braces: [string, string], extrasArray: boolean, depth: number): string {
  const entries = output.length;
  if (extrasArray && entries > 6) output = groupArrayElements(ctx, output);
  if (ctx.currentDepth - depth < COMPACT && entries === output.length) {
    const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
    if (isBelowBreakLength(ctx, output, start, base)) {
      const joined = output.join(', ');
      if (!joined.includes('\n')) return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
    }
  }
  const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
  return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
}

/** Node's groupArrayElements: many short items are laid out in aligned columns. */
function groupArrayElements(ctx: Context, output: string[]): string[] {
  let totalLength = 0;
  let maxLength = 0;
  let i = 0;
  let outputLength = output.length;
  if (output.length > 0 && output[output.length - 1].startsWith('... ')) outputLength--;
  const separatorSpace = 2;
  const dataLen = new Array<number>(outputLength);
  for (; i < outputLength; i++) {
    const len = output[i].length;
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < BREAK_LENGTH && (totalLength / actualMax > 5 || maxLength <= 6)) {
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
    for (let c = 0; c < columns; c++) {
      let lineLength = 0;
      for (let j = c; j < outputLength; j += columns) if (dataLen[j] > lineLength) lineLength = dataLen[j];
      maxLineLength.push(lineLength + separatorSpace);
    }
    const numeric = output.slice(0, outputLength).every((s) => /^-?[\d.e+]+n?$|^NaN$|^-?Infinity$/.test(s));
    for (let k = 0; k < outputLength; k += columns) {
      const max = Math.min(k + columns, outputLength);
      let str = '';
      let j = k;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - k] + output[j].length - dataLen[j];
        str += numeric ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
      }
      if (numeric) {
        const padding = maxLineLength[j - k] + output[j].length - dataLen[j] - separatorSpace;
        str += output[j].padStart(padding, ' ');
      } else str += output[j];
      tmp.push(str);
    }
    if (outputLength < output.length) tmp.push(output[outputLength]);
    return tmp;
  }
  return output;
}
