/**
 * console: prints into the trace. Formatting follows Node's util.format (the browser model
 * prints the same text; Chromium's own console shows objects interactively instead).
 */
import type { Agent } from '../../agent';
import type { ConsoleLevel } from '../../trace/types';
import { inspect, type InspectOptions } from '../inspect';
import { get, toBoolean, toNumber, toString } from '../operations';
import {
  BuiltinFunction,
  isAccessor,
  isObject,
  JSFunction,
  JSObject,
  ThrowSignal,
  type Value,
} from '../values';
import { defineMethod, defineValue } from './define';
import { stringify as jsonStringify } from './json';

/** https://nodejs.org/api/util.html#utilformatformat-args (Node's formatWithOptions). */
export function formatLogArguments(a: Agent, args: Value[]): string {
  if (args.length === 0) return '';
  const first = args[0];
  let used = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first[++i];
      if (used + 1 !== args.length) {
        let text: string;
        switch (next) {
          case 's':
            text = formatS(a, args[++used]);
            break;
          case 'j':
            text = formatJSON(a, args[++used]);
            break;
          case 'd': {
            const v = args[++used];
            text =
              typeof v === 'bigint'
                ? `${v}n`
                : typeof v === 'symbol'
                  ? 'NaN'
                  : formatNumber(toNumber(a, v));
            break;
          }
          case 'O':
            text = inspect(a, args[++used]);
            break;
          case 'o':
            text = inspect(a, args[++used], { showHidden: true, depth: 4 });
            break;
          case 'i': {
            const v = args[++used];
            text =
              typeof v === 'bigint'
                ? `${v}n`
                : typeof v === 'symbol'
                  ? 'NaN'
                  : formatNumber(parseInt(toString(a, v)));
            break;
          }
          case 'f': {
            const v = args[++used];
            text = typeof v === 'symbol' ? 'NaN' : formatNumber(parseFloat(toString(a, v)));
            break;
          }
          case 'c':
            used++;
            text = '';
            break;
          case '%':
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += text;
        lastPos = i + 1;
      } else if (next === '%') {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      used++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  for (; used < args.length; used++) {
    const v = args[used];
    str += join + (typeof v === 'string' ? v : inspect(a, v));
    join = ' ';
  }
  return str;
}

const formatNumber = (n: number) => (Object.is(n, -0) ? '-0' : String(n));

/**
 * `%s`: numbers and bigints as inspect writes them (`-0`, `5n`); other primitives, functions (their
 * source text) and objects with a conversion of their own through String(); other objects
 * inspected shallowly.
 */
function formatS(a: Agent, v: Value): string {
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'symbol') return v.toString();
  if (!isObject(v) || v instanceof JSFunction || !hasBuiltInToString(a, v)) return toString(a, v);
  return inspect(a, v, { depth: 0 });
}

/**
 * Node's hasBuiltInToString: whether converting `v` to a string would run only builtin code (no
 * Symbol.toPrimitive method, and a `toString` that comes from a builtin prototype).
 */
function hasBuiltInToString(a: Agent, v: JSObject): boolean {
  if (a.getProperty(v, Symbol.toPrimitive) instanceof JSFunction) return false;
  if (!(a.getProperty(v, 'toString') instanceof JSFunction)) return true;
  if (v.hasOwn('toString')) return false;
  let pointer: JSObject | null = v;
  do pointer = pointer.proto;
  while (pointer && !pointer.hasOwn('toString'));
  const ctor = pointer?.getOwnProperty('constructor');
  return !!ctor && !isAccessor(ctor) && ctor.value instanceof BuiltinFunction;
}

function formatJSON(a: Agent, v: Value): string {
  try {
    return String(jsonStringify(a, v, undefined, undefined));
  } catch (e) {
    if (
      e instanceof ThrowSignal &&
      isObject(e.value) &&
      String(a.getProperty(e.value, 'message')).includes('circular')
    )
      return '[Circular]';
    throw e;
  }
}

export function installConsole(a: Agent): void {
  const c = new JSObject(a.intrinsics.ObjectPrototype);
  let groupIndent = '';
  const counts = new Map<string, number>();
  const print = (level: ConsoleLevel, text: string, method: string) => {
    const indented = groupIndent
      ? text
          .split('\n')
          .map((l) => groupIndent + l)
          .join('\n')
      : text;
    a.recorder.print(level, indented);
    a.recorder.step(
      a.currentRange,
      `console.${method} prints ${JSON.stringify(indented.length > 40 ? `${indented.slice(0, 40)}…` : indented)}`,
    );
  };
  const method = (name: string, level: ConsoleLevel) =>
    defineMethod(a, c, name, 0, (_t, args) => {
      print(level, formatLogArguments(a, args), name);
      return undefined;
    });
  method('log', 'log');
  method('info', 'info');
  method('debug', 'log');
  method('warn', 'warn');
  method('error', 'error');
  method('dirxml', 'log');
  // console.trace: `Trace: message` and the interpreted stack, on stderr as in Node.
  defineMethod(a, c, 'trace', 0, (_t, args) => {
    const message = formatLogArguments(a, args);
    const probe = a.makeError('Error', '');
    const stack = String(a.getProperty(probe, 'stack') ?? '');
    const frames = stack.split('\n').slice(1).join('\n');
    print('error', `Trace${message ? `: ${message}` : ''}${frames ? `\n${frames}` : ''}`, 'trace');
    return undefined;
  });
  defineMethod(a, c, 'clear', 0, () => undefined);
  defineMethod(a, c, 'dir', 0, (_t, args) => {
    print('log', inspect(a, args[0], dirOptions(a, args[1])), 'dir');
    return undefined;
  });
  defineMethod(a, c, 'assert', 0, (_t, args) => {
    if (args[0]) return undefined;
    const rest = args.slice(1);
    print(
      'error',
      rest.length ? `Assertion failed: ${formatLogArguments(a, rest)}` : 'Assertion failed',
      'assert',
    );
    return undefined;
  });
  defineMethod(a, c, 'count', 0, (_t, args) => {
    const label = args[0] === undefined ? 'default' : toString(a, args[0]);
    const n = (counts.get(label) ?? 0) + 1;
    counts.set(label, n);
    print('log', `${label}: ${n}`, 'count');
    return undefined;
  });
  defineMethod(a, c, 'countReset', 0, (_t, args) => {
    counts.delete(args[0] === undefined ? 'default' : toString(a, args[0]));
    return undefined;
  });
  defineMethod(a, c, 'group', 0, (_t, args) => {
    if (args.length) print('log', formatLogArguments(a, args), 'group');
    groupIndent += '  ';
    return undefined;
  });
  defineValue(c, 'groupCollapsed', c.getOwnProperty('group')!.value);
  defineMethod(a, c, 'groupEnd', 0, () => {
    groupIndent = groupIndent.slice(2);
    return undefined;
  });
  defineValue(a.globalObject, 'console', c);
}

/** console.dir's options: `depth` (null for no limit) and `showHidden`, as util.inspect reads them. */
function dirOptions(a: Agent, options: Value): InspectOptions {
  if (!isObject(options)) return {};
  const depth = get(a, options, 'depth');
  const showHidden = get(a, options, 'showHidden');
  return {
    ...(depth === null ? { depth: Infinity } : typeof depth === 'number' ? { depth } : {}),
    ...(showHidden === undefined ? {} : { showHidden: toBoolean(showHidden) }),
  };
}
