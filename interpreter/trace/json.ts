/**
 * A trace as JSON. In memory a trace's number columns are chunked typed arrays (types.ts
 * `Column`), which JSON.stringify would write as objects; as JSON each is a plain array.
 */
import { columnFrom, columnToArray } from './column';
import { TRACE_VERSION, type Column, type Trace } from './types';

/** A trace as JSON holds it: every number column a plain array. */
export type PlainTrace = Trace<number[]>;

/** The trace with `f` applied to each of its number columns (the one list of them). */
function mapColumns<A, B>(trace: Trace<A>, f: (column: A) => B): Trace<B> {
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
export const plainTrace = (trace: Trace): PlainTrace => mapColumns(trace, columnToArray);

export const traceToJSON = (trace: Trace): string => JSON.stringify(plainTrace(trace));

/**
 * A trace from its plain form (parsed JSON), its columns chunked as a recorded trace's are. A
 * trace of another version is refused: its numbers would be read wrongly (types.ts, versions).
 */
export function traceFromPlain(plain: PlainTrace): Trace {
  if (plain.version !== TRACE_VERSION)
    throw new Error(
      `This is a version ${String(plain.version)} trace; this Loopscope reads version ${TRACE_VERSION} (run the program again to make one).`,
    );
  return mapColumns(plain, columnFrom);
}

export const traceFromJSON = (json: string): Trace =>
  traceFromPlain(JSON.parse(json) as PlainTrace);

/** The columns' buffers, for posting a trace to another thread without copying them. */
export function traceBuffers(trace: Trace): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  mapColumns(trace, (column: Column) => {
    for (const chunk of column.chunks) buffers.add(chunk.buffer as ArrayBuffer);
    return column;
  });
  return [...buffers];
}
