/**
 * A trace as JSON. In memory a trace's number columns are typed arrays (types.ts `Column`), which
 * JSON.stringify would write as objects; these write them as plain arrays.
 */
import type { Column, Trace } from './types';

const plain = (column: Column): number[] => Array.from(column);

/** The trace with every column a plain array: what JSON.stringify may be given. */
export function plainTrace(trace: Trace): Trace {
  const { tables, captions } = trace;
  return {
    ...trace,
    steps: plain(trace.steps),
    ranges: plain(trace.ranges),
    events: plain(trace.events),
    captions: { ...captions, step: plain(captions.step), text: plain(captions.text) },
    tables: {
      ...tables,
      frames: plain(tables.frames),
      frameShapes: plain(tables.frameShapes),
      jobs: plain(tables.jobs),
      tasks: plain(tables.tasks),
      promises: plain(tables.promises),
      promiseShapes: plain(tables.promiseShapes),
      suspended: plain(tables.suspended),
      suspendedShapes: plain(tables.suspendedShapes),
      times: plain(tables.times),
      scopes: plain(tables.scopes),
      values: plain(tables.values),
    },
  };
}

export const traceToJSON = (trace: Trace): string => JSON.stringify(plainTrace(trace));

/** The typed arrays' buffers, for posting a trace to another thread without copying them. */
export function traceBuffers(trace: Trace): ArrayBuffer[] {
  const { tables, captions } = trace;
  const columns: Column[] = [
    trace.steps,
    trace.ranges,
    trace.events,
    captions.step,
    captions.text,
    tables.frames,
    tables.frameShapes,
    tables.jobs,
    tables.tasks,
    tables.promises,
    tables.promiseShapes,
    tables.suspended,
    tables.suspendedShapes,
    tables.times,
    tables.scopes,
    tables.values,
  ];
  const buffers: ArrayBuffer[] = [];
  for (const column of columns)
    if (!Array.isArray(column) && !buffers.includes(column.buffer as ArrayBuffer))
      buffers.push(column.buffer as ArrayBuffer);
  return buffers;
}
