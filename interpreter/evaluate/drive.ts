import type { Gen } from './types';

/**
 * Runs an evaluation that cannot suspend (the body of an ordinary function, a builtin's
 * callback) to its end. A suspension here would be an interpreter bug: `await` and `yield` only
 * appear inside the bodies that have drivers of their own.
 */
export function runToEnd<T>(gen: Gen<T>): T {
  const r = gen.next();
  if (!r.done) throw new Error(`internal: '${r.value.kind}' outside an async function or generator`);
  return r.value;
}
