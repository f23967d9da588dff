/**
 * A binding's value as the call stack shows it: Node's util.inspect at depth 0 for objects
 * (`[Object]`, `[Array]`, `[Function: inc]`, `[class Counter]`), primitives as inspect prints
 * them, long strings cut. Objects show only what cannot go stale (their kind, never their
 * contents), because a binding's preview is taken when it is written, and an object can change
 * afterwards without any binding being written. Runs no interpreted code (no getters).
 */
import { ClosureFunction } from '../evaluate/functions';
import { quoteString } from './inspect';
import { JSFunction, JSObject, type Value } from './values';

/** Longer strings are cut, with no length after them: a string that grows keeps one preview. */
const MAX_STRING = 40;
const LONG_STRING = 1000;
const LONG_STRING_PREVIEW = `'…' (over ${LONG_STRING} characters)`;

export function previewValue(v: Value): string {
  if (v instanceof JSObject) {
    if (v instanceof JSFunction) {
      const name = v.debugName();
      if (v instanceof ClosureFunction && v.isClassConstructor)
        return `[class ${name || '(anonymous)'}]`;
      let type = 'Function';
      if (v instanceof ClosureFunction) {
        if (v.isGenerator) type = `Generator${type}`;
        if (v.isAsync) type = `Async${type}`;
      }
      return name && name !== '(anonymous)' ? `[${type}: ${name}]` : `[${type} (anonymous)]`;
    }
    return `[${v.className}]`;
  }
  if (typeof v === 'string') {
    if (v.length <= MAX_STRING) return quoteString(v);
    // Reading any character of a string built by `+=` makes V8 copy all of it (flatten it), so
    // previewing every write of a growing string would cost its length each time.
    if (v.length > LONG_STRING) return LONG_STRING_PREVIEW;
    // No length after the cut: a string that keeps growing keeps one preview (one text).
    return `${quoteString(v.slice(0, MAX_STRING))}…`;
  }
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'symbol') return v.toString();
  return String(v);
}
