/**
 * console: prints into the trace. Formatting follows Node's util.format (the browser model
 * prints the same text; Chromium's own console shows objects interactively instead).
 */
import type { Agent } from '../../agent';
import type { ConsoleLevel } from '../../trace/types';
import { formatLogArgument, inspect } from '../inspect';
import { toNumber, toString } from '../operations';
import { isObject, JSObject, type Value } from '../values';
import { defineMethod, defineValue } from './define';

/** https://nodejs.org/api/util.html#utilformatformat-args */
export function formatLogArguments(a: Agent, args: Value[]): string {
  if (args.length === 0) return '';
  const first = args[0];
  let rest = args.slice(1);
  let head: string;
  if (typeof first === 'string' && first.includes('%') && rest.length > 0) {
    head = first.replace(/%([sdifjoOc%])/g, (m, c: string) => {
      if (c === '%') return '%';
      if (rest.length === 0) return m;
      const v = rest[0];
      rest = rest.slice(1);
      switch (c) {
        case 's':
          return typeof v === 'string' ? v : typeof v === 'bigint' ? `${v}n` : isObject(v) ? inspect(a, v) : typeof v === 'symbol' ? v.toString() : Object.is(v, -0) ? '-0' : String(v);
        case 'd':
        case 'i': {
          if (isObject(v)) return 'NaN';
          if (typeof v === 'bigint') return `${v}n`;
          if (typeof v === 'symbol') return 'NaN';
          const n = toNumber(a, v);
          return String(c === 'i' ? Math.trunc(n) : n);
        }
        case 'f':
          return typeof v === 'symbol' ? 'NaN' : String(parseFloat(toString(a, v)));
        case 'j':
          return inspect(a, v);
        case 'c':
          return '';
        default:
          return inspect(a, v);
      }
    });
  } else {
    head = formatLogArgument(a, first);
  }
  return [head, ...rest.map((v) => formatLogArgument(a, v))].join(' ');
}

export function installConsole(a: Agent): void {
  const c = new JSObject(a.intrinsics.ObjectPrototype);
  let groupIndent = '';
  const counts = new Map<string, number>();
  const print = (level: ConsoleLevel, text: string, method: string) => {
    const indented = groupIndent ? text.split('\n').map((l) => groupIndent + l).join('\n') : text;
    a.recorder.print(level, indented);
    a.recorder.step(a.currentRange, `console.${method} prints ${JSON.stringify(indented.length > 40 ? `${indented.slice(0, 40)}…` : indented)}`);
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
  defineMethod(a, c, 'dir', 0, (_t, args) => {
    print('log', inspect(a, args[0]), 'dir');
    return undefined;
  });
  defineMethod(a, c, 'assert', 0, (_t, args) => {
    if (args[0]) return undefined;
    const rest = args.slice(1);
    print('error', rest.length ? `Assertion failed: ${formatLogArguments(a, rest)}` : 'Assertion failed', 'assert');
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
