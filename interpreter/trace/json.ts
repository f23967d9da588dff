/**
 * A trace as JSON. In memory a trace's number columns are typed arrays (types.ts `Column`), which
 * JSON.stringify would write as objects; these write them as plain arrays.
 */
import type { Column, Trace } from './types';

/** The trace with `f` applied to each of its number columns (the one list of them). */
function mapColumns(trace: Trace, f: (column: Column) => Column): Trace {
  const { tables, captions } = trace;
  return {
    ...trace,
    steps: f(trace.steps),
    ranges: f(trace.ranges),
    events: f(trace.events),
    captions: { ...captions, step: f(captions.step), text: f(captions.text) },
    tables: {
      ...tables,
      frames: f(tables.frames),
      frameShapes: f(tables.frameShapes),
      jobs: f(tables.jobs),
      tasks: f(tables.tasks),
      promises: f(tables.promises),
      promiseShapes: f(tables.promiseShapes),
      suspended: f(tables.suspended),
      suspendedShapes: f(tables.suspendedShapes),
      times: f(tables.times),
      scopes: f(tables.scopes),
      values: f(tables.values),
    },
  };
}

/** The trace with every column a plain array: what JSON.stringify may be given. */
export const plainTrace = (trace: Trace): Trace =>
  mapColumns(trace, (column) => Array.from(column));

export const traceToJSON = (trace: Trace): string => JSON.stringify(plainTrace(trace));

/** The typed arrays' buffers, for posting a trace to another thread without copying them. */
export function traceBuffers(trace: Trace): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  mapColumns(trace, (column) => {
    if (!Array.isArray(column)) buffers.add(column.buffer as ArrayBuffer);
    return column;
  });
  return [...buffers];
}
