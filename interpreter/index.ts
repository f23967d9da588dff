/**
 * Loopscope's interpreter: source in, trace out. Pure: no DOM, no Node APIs, nothing of the host
 * reachable from the program.
 */
import type { Program } from 'acorn';
import type * as ESTree from 'estree';
import { Agent } from './agent';
import { hoistFunctionScope } from './evaluate/hoisting';
import { executeStatements } from './evaluate/statements';
import { runToEnd, trampoline } from './evaluate/drive';
import type { Gen } from './evaluate/types';
import type { Value } from './realm/values';
import { hasUseStrictDirective, Scope } from './evaluate/scope';
import { BrowserEventLoop } from './host/browser';
import type { Host } from './host/host';
import { ProcessExit } from './host/host';
import { NodeEventLoop } from './host/node';
import { parseFetchPragmas, type FetchTable, type SimulatedResponse } from './host/fetch';
import { parseProgram } from './parse/parse';
import { findUnsupported } from './parse/unsupported';
import { JSObject, NotSupported } from './realm/values';
import { keepAlive } from './keepAlive';
import { Recorder, StepLimitReached } from './trace/recorder';
import type { Model, Outcome, Trace } from './trace/types';

export type {
  Trace,
  Snapshot,
  Model,
  Outcome,
  TraceEvent,
  Diagnostic,
  ScopeView,
  BindingView,
  Column,
} from './trace/types';
export {
  snapshotAt,
  isEventStep,
  stepCount,
  stepRange,
  captionAt,
  eventAt,
  eventCount,
  eventEndAt,
  decodeEvents,
  scopesAt,
} from './trace/snapshot';
export {
  plainTrace,
  traceToJSON,
  traceFromJSON,
  traceFromPlain,
  traceBuffers,
  type PlainTrace,
} from './trace/json';
export type { FetchTable, SimulatedResponse };

export const DEFAULT_STEP_LIMIT = 1_000_000;

export interface RunOptions {
  model?: Model;
  /** Fine steps after which the run stops, keeping the trace so far. */
  stepLimit?: number;
  keyframeInterval?: number;
  /**
   * Browser model: what fetch(url) answers, by URL; merged over the program's `// @fetch`
   * pragmas (see host/fetch.ts for both).
   */
  fetch?: FetchTable;
}

export function createHost(model: Model, fetchTable: FetchTable = {}): Host {
  return model === 'node' ? new NodeEventLoop() : new BrowserEventLoop(fetchTable);
}

/** Runs a program to its end (or the step limit) and returns its trace. Never throws for bad input. */
export function run(source: string, options: RunOptions = {}): Trace {
  const model = options.model ?? 'browser';
  const recorder = new Recorder(options.stepLimit ?? DEFAULT_STEP_LIMIT, options.keyframeInterval);
  const parsed = parseProgram(source, model);
  if (!parsed.ok)
    return recorder.finish(model, source, { kind: 'syntax-error', diagnostic: parsed.diagnostic });
  const unsupported = findUnsupported(parsed.program, source, model);
  if (unsupported) return recorder.finish(model, source, { kind: 'unsupported', ...unsupported });

  const host = createHost(model, { ...parseFetchPragmas(source), ...options.fetch });
  const agent = new Agent(source, recorder, host);
  let outcome: Outcome = { kind: 'completed' };
  try {
    host.run(() => runScript(agent, parsed.program));
  } catch (e) {
    if (e instanceof StepLimitReached) outcome = { kind: 'step-limit', limit: e.limit };
    else if (e instanceof ProcessExit) outcome = { kind: 'uncaught', message: e.message };
    else if (e instanceof NotSupported) outcome = notSupportedAt(agent, e.feature);
    // Interpreted calls take no host stack, but one expression nested thousands deep does.
    else if (e instanceof RangeError && e.message === 'Maximum call stack size exceeded')
      outcome = notSupportedAt(agent, 'code nested this deeply');
    else throw e;
  }
  const trace = recorder.finish(model, source, outcome);
  // The run's objects kept alive (keepAlive.ts) reach the agent: it lets go of the trace.
  agent.recorder = new Recorder(0);
  return trace;
}

/** A construct found unsupported while running: the run stops there, saying what and where. */
function notSupportedAt(agent: Agent, feature: string): Outcome {
  // The last recorded step is the statement or call that asked for it.
  const last = agent.recorder.lastStepRange;
  const range: [number, number] = last ? [last[0], last[1]] : [0, 0];
  const { line, column } = agent.position(range[0]);
  return {
    kind: 'unsupported',
    feature,
    diagnostic: {
      message: `not supported yet: ${feature} at ${line}:${column}`,
      line,
      column,
      range,
    },
  };
}

function runScript(agent: Agent, program: Program): void {
  const body = program.body as unknown as ESTree.Statement[];
  const node = agent.host.model === 'node';
  const scope = new Scope(
    agent,
    null,
    {
      func: null,
      // In a CommonJS module (Node's default) top-level `this` is module.exports, an empty object.
      thisValue: node ? new JSObject(agent.intrinsics.ObjectPrototype) : agent.globalObject,
      thisBound: true,
      newTarget: undefined,
      homeObject: null,
    },
    hasUseStrictDirective(body),
  );
  // A CommonJS module's vars are the module function's; a classic script's are the global object's.
  if (!node) scope.varObject = agent.globalObject;
  const frame = agent.pushFrame('<script>', 'script', [program.start, program.start], null, scope);
  // The AST, a scope with its bindings, a frame: the hidden classes the evaluator is compiled for.
  keepAlive('program', program);
  keepAlive('scope', scope);
  keepAlive('frame', frame);
  agent.recorder.step(
    [program.start, program.start],
    'the script starts: its code runs as the first task',
  );
  try {
    hoistFunctionScope(body, scope);
    runToEnd(trampoline(agent, executeStatements(body, scope) as unknown as Gen<Value>));
  } finally {
    agent.popFrame(frame);
  }
}
