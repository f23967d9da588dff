/** Error objects: https://tc39.es/ecma262/#sec-error-objects */
import type { ActiveFrame, Agent } from '../../agent';
import { ClosureFunction } from '../../evaluate/functions';
import { constructorNameOf, get, hasProperty, toString } from '../operations';
import { iterableToList } from '../iteration';
import {
  isAccessor,
  isObject,
  JSArray,
  JSFunction,
  JSObject,
  type Property,
  type PropertyKey,
  type Value,
} from '../values';
import { defineConstructor, defineMethod, defineValue, makeBuiltin } from './define';

export const NATIVE_ERRORS = [
  'EvalError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'TypeError',
  'URIError',
] as const;

/** What a stack line is made from, captured when the error is created. */
interface CapturedFrame {
  name: string;
  func: JSFunction | null;
  receiver: Value;
  isConstruct: boolean;
  kind: ActiveFrame['kind'];
  offset: number;
}

/** What an error's `stack` is formatted from, on first read. */
interface PendingStack {
  agent: Agent;
  frames: CapturedFrame[];
  /** Made while no interpreted frame was running: whether by a builtin V8 shows as a frame. */
  builtinFrame: boolean;
}

/**
 * An Error instance. Like V8, it captures the interpreted call stack when created but formats
 * `stack` on first read, so a `name` set in a subclass constructor shows in its first line.
 */
export class ErrorObject extends JSObject {
  override className = 'Error';
  private pendingStack: PendingStack | null = null;

  captureStack(a: Agent, frames: CapturedFrame[], builtinFrame = true): void {
    this.pendingStack = { agent: a, frames, builtinFrame };
    this.props.set('stack', {
      value: undefined,
      writable: true,
      enumerable: false,
      configurable: true,
    });
  }

  override getOwnProperty(key: PropertyKey): Property | undefined {
    if (key === 'stack' && this.pendingStack) {
      const { agent, frames, builtinFrame } = this.pendingStack;
      this.pendingStack = null;
      const p = this.tableEntry('stack');
      if (p && !isAccessor(p)) p.value = formatStack(agent, this, frames, builtinFrame);
    }
    return super.getOwnProperty(key);
  }

  /** Says that no builtin V8 shows as a frame made it (see makeChainingCycleError). */
  omitBuiltinFrame(): void {
    if (this.pendingStack) this.pendingStack.builtinFrame = false;
  }

  override deleteOwn(key: PropertyKey): boolean {
    if (key === 'stack') this.pendingStack = null;
    return super.deleteOwn(key);
  }
}

export function installErrors(a: Agent): void {
  const I = a.intrinsics;
  const make = (
    name: string,
    proto: JSObject,
    parent: Value,
    messageIndex: number,
    before?: (o: JSObject, args: Value[]) => void,
  ) => {
    const C = defineConstructor(a, name, messageIndex + 1, proto, (_this, args, newTarget) => {
      const target = newTarget ?? C;
      const p = get(a, target, 'prototype');
      const o = new ErrorObject(isObject(p) ? p : proto);
      // V8 installs `stack` first: it is the first own key of an error.
      captureStackTrace(a, o);
      const message = args[messageIndex];
      if (message !== undefined)
        o.defineOwnProperty('message', {
          value: toString(a, message),
          writable: true,
          enumerable: false,
          configurable: true,
        });
      const options = args[messageIndex + 1];
      if (isObject(options) && hasProperty(options, 'cause')) {
        o.defineOwnProperty('cause', {
          value: get(a, options, 'cause'),
          writable: true,
          enumerable: false,
          configurable: true,
        });
      }
      before?.(o, args);
      return o;
    });
    if (parent) C.proto = parent as JSObject;
    defineValue(proto, 'name', name);
    defineValue(proto, 'message', '');
    return C;
  };
  const EP = I.ErrorPrototype;
  I.Error = make('Error', EP, null, 0);
  defineMethod(a, EP, 'toString', 0, (thisArg) => {
    if (!isObject(thisArg))
      throw a.typeError("Error.prototype.toString requires that 'this' be an Object");
    return errorHeader(a, thisArg);
  });
  // V8's stack API, in the program's own world: it captures interpreted frames and nothing else.
  defineMethod(a, I.Error, 'captureStackTrace', 2, (_this, args) => {
    const target = args[0];
    if (!isObject(target)) throw a.typeError('Invalid argument');
    const frames = captureFrames(a);
    const stack = formatStack(a, target, frames);
    target.defineOwnProperty('stack', {
      value: stack,
      writable: true,
      enumerable: false,
      configurable: true,
    });
    return undefined;
  });
  I.Error.defineOwnProperty('stackTraceLimit', {
    value: 10,
    writable: true,
    enumerable: true,
    configurable: true,
  });
  // Node defines the hook (empty); the program may set it, and it changes nothing here.
  const prepare = makeBuiltin(a, 'ErrorPrepareStackTrace', 2, (_this, args) =>
    isObject(args[0]) ? errorHeader(a, args[0]) : undefined,
  );
  I.Error.defineOwnProperty('prepareStackTrace', {
    value: prepare,
    writable: true,
    enumerable: false,
    configurable: true,
  });
  for (const name of NATIVE_ERRORS) {
    const proto = new JSObject(EP);
    const C = make(name, proto, I.Error, 0);
    (I as unknown as Record<string, Value>)[name] = C;
  }
  const aggregateProto = new JSObject(EP);
  I.AggregateError = make('AggregateError', aggregateProto, I.Error, 1, (o, args) => {
    const errors = new JSArray(I.ArrayPrototype, iterableToList(a, args[0]));
    o.defineOwnProperty('errors', {
      value: errors,
      writable: true,
      enumerable: false,
      configurable: true,
    });
  });
}

/**
 * The TypeError of a promise resolved with itself. V8 makes it in the promise's resolve function,
 * which its stack traces do not show: made by a job, outside interpreted code, its stack is its
 * header alone, and inspect shows it in brackets.
 */
export function makeChainingCycleError(a: Agent): JSObject {
  const error = a.makeError('TypeError', 'Chaining cycle detected for promise #<Promise>');
  if (error instanceof ErrorObject) error.omitBuiltinFrame();
  return error;
}

/**
 * Promise.any's AggregateError, of the intrinsic constructor. V8 captures no stack for it, even
 * when interpreted code is running: its stack is its header alone.
 */
export function makePromiseAnyError(a: Agent, errors: JSArray): JSObject {
  const error = a.construct(a.intrinsics.AggregateError, [errors, 'All promises were rejected']);
  if (error instanceof ErrorObject) error.captureStack(a, [], false);
  return error;
}

function captureStackTrace(a: Agent, o: ErrorObject): void {
  o.captureStack(a, captureFrames(a));
}

function stackTraceLimit(a: Agent): number {
  const p = a.intrinsics.Error.getOwnProperty('stackTraceLimit');
  return p && !isAccessor(p) && typeof p.value === 'number' ? Math.max(0, p.value) : 0;
}

/** The interpreted stack, innermost first, as many frames as Error.stackTraceLimit allows. */
function captureFrames(a: Agent): CapturedFrame[] {
  const limit = stackTraceLimit(a);
  const frames: CapturedFrame[] = [];
  for (let i = a.stack.length - 1; i >= 0 && frames.length < limit; i--) {
    const f = a.stack[i];
    frames.push({
      name: f.name,
      func: f.func,
      receiver: f.receiver,
      isConstruct: !!f.isConstruct,
      kind: f.kind,
      offset: f.start,
    });
  }
  return frames;
}

function formatStack(
  a: Agent,
  error: JSObject,
  frames: CapturedFrame[],
  builtinFrame = true,
): string {
  const header = errorHeader(a, error);
  // Made outside interpreted code, as a job or a host task runs. By a builtin the host called
  // (`then(JSON.parse)`, a timer's callback), which V8 shows as a frame (`at parse (<anonymous>)`),
  // it prints (and inspects) as an error with a stack; by the promise machinery, which V8 does not
  // show, it is its header alone.
  if (frames.length === 0)
    return builtinFrame && stackTraceLimit(a) > 0 ? `${header}\n    at <anonymous>` : header;
  return `${header}\n${frames.map((f) => `    at ${frameText(a, f)}`).join('\n')}`;
}

/** One line of a V8 stack trace: `fn (file:line:col)`, `Class.method (…)`, `new Ctor (…)`. */
function frameText(a: Agent, f: CapturedFrame): string {
  const { line, column } = a.position(f.offset);
  const location = `program.js:${line}:${column}`;
  if (f.kind === 'script')
    return a.host.model === 'node' ? `Object.<anonymous> (${location})` : location;
  const name = f.func instanceof ClosureFunction ? functionNameOf(f.func) : f.name;
  if (f.isConstruct) return `new ${name || '<anonymous>'} (${location})`;
  const typeName = receiverTypeName(a, f.receiver);
  if (typeName === null) return `${name || '<anonymous>'} (${location})`;
  const methodName = f.func ? methodNameOf(f.receiver as JSObject, f.func) : null;
  let text =
    name && !name.startsWith(`${typeName}.`)
      ? `${typeName}.${name}`
      : name || `${typeName}.${methodName ?? '<anonymous>'}`;
  if (name && methodName && methodName !== name && !name.endsWith(`.${methodName}`))
    text += ` [as ${methodName}]`;
  return `${text} (${location})`;
}

function functionNameOf(f: JSFunction): string {
  const p = f.getOwnProperty('name');
  return p && !isAccessor(p) && typeof p.value === 'string' ? p.value : f.debugName();
}

/** V8's receiver type for a method frame; null for a plain call (no receiver, or the global object). */
function receiverTypeName(a: Agent, receiver: Value): string | null {
  if (receiver === undefined || receiver === null || receiver === a.globalObject) return null;
  if (!isObject(receiver))
    return typeof receiver === 'string'
      ? 'String'
      : typeof receiver === 'number'
        ? 'Number'
        : typeof receiver === 'boolean'
          ? 'Boolean'
          : null;
  if (receiver instanceof ClosureFunction && receiver.isClassConstructor)
    return functionNameOf(receiver) || 'Function';
  if (receiver instanceof JSFunction) return 'Function';
  return constructorNameOf(receiver) ?? 'Object';
}

/** The property under which `func` is found on `receiver` or its prototypes. */
function methodNameOf(receiver: JSObject, func: JSFunction): string | null {
  for (let o: JSObject | null = receiver; o; o = o.proto) {
    for (const [key, p] of o.props) {
      if (typeof key === 'string' && !isAccessor(p) && p.value === func) return key;
    }
  }
  return null;
}

/** `Name: message`, as Error.prototype.toString. */
export function errorHeader(a: Agent, o: JSObject): string {
  const name = get(a, o, 'name');
  const message = get(a, o, 'message');
  const n = name === undefined ? 'Error' : toString(a, name);
  const m = message === undefined ? '' : toString(a, message);
  if (!n) return m;
  if (!m) return n;
  return `${n}: ${m}`;
}
