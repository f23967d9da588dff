/**
 * The Agent runs one program: it owns the realm's intrinsics, the interpreted call stack, the
 * recorder and the host (event loop). Everything that calls or constructs goes through it, so
 * every interpreted call is a frame on the recorded stack.
 */
import type * as ESTree from 'estree';
import { callClosure, ClosureFunction, constructClosure } from './evaluate/functions';
import type { Host } from './host/host';
import { createRealm, type Intrinsics } from './realm/realm';
import { BoundFunction } from './realm/builtins/function';
import { get } from './realm/operations';
import {
  BuiltinFunction,
  JSFunction,
  JSObject,
  StringObject,
  ThrowSignal,
  type PropertyKey,
  type Value,
} from './realm/values';
import type { Scope } from './evaluate/scope';
import type { Recorder } from './trace/recorder';
import type { FrameView, SourceRange } from './trace/types';

/**
 * Interpreted frames allowed before "Maximum call stack size exceeded". V8's default stack holds
 * about 10,000 small frames; interpreted calls made by interpreted code take no host stack
 * (evaluate/drive.ts), so the program sees about the depth it would see in V8.
 */
export const MAX_CALL_DEPTH = 10_000;

/**
 * Host-side nesting of interpreted code: a builtin calling back into the program (a getter, a
 * sort comparator, valueOf, a generator's next) which calls a builtin that calls back again…
 * Each level costs host stack (2-4 KB for ordinary code). A Chromium worker has about 450 KB of
 * stack (half of Node's 984 KB: 6,360 vs 13,919 frames of a one-line recursion, measured); 100
 * levels fit in it, which stackDepth.test.ts checks under `node --stack-size=450`.
 */
export const MAX_HOST_DEPTH = 100;

/**
 * Calls made on the host stack by plain evaluation (evaluate/functions.ts, callFromPlain), nested
 * at once. Plain evaluation saves the generators of trampolined calls, but keeps its frames on
 * the host stack below each call it makes; past this depth the dispatchers go back to generators
 * and the trampoline. At 24, a plain recursion such as fib(22) runs without generators, and the
 * worker-sized stack of stackDepth.test.ts keeps most of the margin it had without plain calls.
 */
export const MAX_PLAIN_CALL_DEPTH = 24;

export const HOST_DEPTH_NOTICE = `Builtins called back into the program ${MAX_HOST_DEPTH} levels deep (a map, forEach or sort callback, a getter, calling code that calls back again): the program got V8's RangeError there, sooner than V8 would throw it.`;

export const HOST_STACK_NOTICE =
  "The interpreter's own stack ran out (callbacks nested deeply, or data nested thousands deep): the program got V8's RangeError, maybe sooner than V8 would throw it.";

export interface ActiveFrame {
  /** The frame's id in the trace. */
  id: number;
  /** How the call stack names it. */
  name: string;
  kind: FrameView['kind'];
  func: JSFunction | null;
  /** The range of the node being evaluated in this frame, for Error.stack and captions (updated at every step). */
  start: number;
  end: number;
  /** `this` of a method call, for V8's `Class.method` in stack lines. */
  receiver: Value;
  /** A frame made by `new`, shown as `new Ctor` in stack lines. */
  isConstruct: boolean;
  /** The scope its code runs in (for the call stack's locals); null for builtins. */
  scope: Scope | null;
}

export class Agent {
  /** Set by createRealm, before any builtin is installed. */
  intrinsics!: Intrinsics;
  globalObject!: JSObject;
  readonly stack: ActiveFrame[] = [];
  private nextFrameId = 1;
  private nextId = 1;
  /** Ids of promises, jobs, tasks and host work: one counter, so an id names one thing. */
  newId(): number {
    return this.nextId++;
  }

  constructor(
    readonly source: string,
    /** Replaced by an empty one when the run is over (see index.ts: run). */
    public recorder: Recorder,
    readonly host: Host,
  ) {
    createRealm(this);
    host.install(this);
  }

  // ---- recording -------------------------------------------------------------------------

  /** A fine step at `node`; also the only place the step limit is checked. */
  step(node: ESTree.Node, caption?: string): void {
    const { start, end } = node as unknown as { start: number; end: number };
    this.stepAt(start, end, caption);
  }

  /** `step` at the range from `start` to `end` (known beforehand: see FunctionFacts). */
  stepAt(start: number, end: number, caption?: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top) {
      top.start = start;
      top.end = end;
    }
    this.recorder.stepAt(start, end, caption);
  }

  /** The range of the node being evaluated in the top frame. */
  get currentRange(): SourceRange {
    const top = this.stack[this.stack.length - 1];
    return top ? [top.start, top.end] : [0, 0];
  }

  pushFrame(
    name: string,
    kind: FrameView['kind'],
    callSite: SourceRange | null,
    func: JSFunction | null,
    /** The scope the frame's code runs in, so that the call stack can show its locals. */
    scope: Scope | null = null,
  ): ActiveFrame {
    if (this.stack.length >= MAX_CALL_DEPTH)
      throw this.rangeError('Maximum call stack size exceeded');
    const frame: ActiveFrame = {
      id: this.nextFrameId++,
      name,
      kind,
      func,
      start: callSite ? callSite[0] : 0,
      end: callSite ? callSite[1] : 0,
      // Set by the caller where they apply; present from the start, so all frames share a shape.
      receiver: undefined,
      isConstruct: false,
      scope,
    };
    this.stack.push(frame);
    // A function's frame names its scope after the function; the script's is the script's.
    const scopeRow = scope === null ? -1 : func ? scope.recordedCallRow(name) : scope.recordedRow();
    this.recorder.framePush(frame.id, name, callSite, kind, scopeRow);
    return frame;
  }

  popFrame(frame: ActiveFrame): void {
    // Almost always the top: pop it without a search or splice's array of removed items.
    if (this.stack[this.stack.length - 1] === frame) this.stack.pop();
    else {
      const i = this.stack.lastIndexOf(frame);
      if (i >= 0) this.stack.splice(i, 1);
    }
    this.recorder.framePop(frame.id);
  }

  // ---- calls -----------------------------------------------------------------------------

  private hostDepth = 0;
  /** Interpreted calls running on the host stack (see MAX_PLAIN_CALL_DEPTH). */
  plainCallDepth = 0;

  /** Runs interpreted code nested on the host stack (see MAX_HOST_DEPTH). */
  nested<T>(run: () => T): T {
    this.enterNested();
    try {
      return run();
    } catch (e) {
      throw this.nestedError(e);
    } finally {
      this.leaveNested();
    }
  }

  /**
   * `nested` in three parts, for the hottest caller (a builtin's callback, callClosure), which
   * saves the closure: enterNested, then the code in a try whose catch throws nestedError(e) and
   * whose finally calls leaveNested.
   */
  enterNested(): void {
    if (this.hostDepth >= MAX_HOST_DEPTH) {
      this.recorder.notice(HOST_DEPTH_NOTICE);
      throw this.rangeError('Maximum call stack size exceeded');
    }
    this.hostDepth++;
  }

  leaveNested(): void {
    this.hostDepth--;
  }

  /**
   * What nested code's exception `e` becomes: itself, unless it is the host's stack overflow, a
   * last resort (code nested unusually deep within each level): the program then sees V8's
   * error, and the trace says so.
   */
  nestedError(e: unknown): unknown {
    if (e instanceof RangeError && e.message === 'Maximum call stack size exceeded') {
      this.recorder.notice(HOST_STACK_NOTICE);
      return this.rangeError(e.message);
    }
    return e;
  }

  /**
   * What an exception of host code running for the program (a builtin, an operator) becomes. A
   * RangeError of V8's is the program's own, with V8's message: past V8's maximum string length,
   * `'a'.normalize('bad')`, a BigInt too large… the program in V8 gets the same error. The host's
   * stack overflow in a builtin (String or JSON.stringify of arrays nested thousands deep) is
   * V8's RangeError too, as nestedError makes it, said in a notice when it comes sooner than in
   * V8. Other host errors are interpreter bugs.
   */
  hostError(e: unknown): unknown {
    if (!(e instanceof RangeError)) return e;
    if (e.message === 'Maximum call stack size exceeded') return this.nestedError(e);
    return this.rangeError(e.message);
  }

  /** https://tc39.es/ecma262/#sec-call */
  call(
    f: Value,
    thisArg: Value,
    args: Value[],
    callSite: SourceRange | null = null,
    kind: FrameView['kind'] = 'call',
  ): Value {
    if (f instanceof ClosureFunction) return callClosure(this, f, thisArg, args, callSite, kind);
    if (f instanceof BuiltinFunction) {
      try {
        return f.impl(thisArg, args, undefined);
      } catch (e) {
        throw this.hostError(e);
      }
    }
    if (f instanceof BoundFunction)
      return this.call(f.target, f.boundThis, [...f.boundArgs, ...args], callSite, kind);
    throw this.typeError(`${this.describeCallee(f)} is not a function`);
  }

  /** https://tc39.es/ecma262/#sec-construct */
  construct(
    f: Value,
    args: Value[],
    newTarget: Value = f,
    callSite: SourceRange | null = null,
  ): JSObject {
    if (!(f instanceof JSFunction) || !f.isConstructor)
      throw this.typeError(`${this.describeCallee(f)} is not a constructor`);
    const target = newTarget as JSObject;
    if (f instanceof ClosureFunction) return constructClosure(this, f, args, target, callSite);
    if (f instanceof BuiltinFunction) {
      try {
        return f.impl(undefined, args, target) as JSObject;
      } catch (e) {
        throw this.hostError(e);
      }
    }
    if (f instanceof BoundFunction)
      return this.construct(
        f.target,
        [...f.boundArgs, ...args],
        newTarget === f ? f.target : newTarget,
        callSite,
      );
    throw this.typeError('not a constructor');
  }

  boundTargetOf(f: JSFunction): JSFunction | null {
    return f instanceof BoundFunction ? f.target : null;
  }

  private describeCallee(f: Value): string {
    if (typeof f === 'string') return JSON.stringify(f);
    if (f instanceof JSObject) return f instanceof JSFunction ? f.debugName() : 'object';
    return String(f);
  }

  // ---- errors ----------------------------------------------------------------------------

  makeError(
    ctorName:
      | 'Error'
      | 'TypeError'
      | 'RangeError'
      | 'ReferenceError'
      | 'SyntaxError'
      | 'EvalError'
      | 'URIError',
    message: string,
  ): JSObject {
    return this.construct(this.intrinsics[ctorName], [message]);
  }
  typeError(message: string): ThrowSignal {
    return new ThrowSignal(this.makeError('TypeError', message));
  }
  rangeError(message: string): ThrowSignal {
    return new ThrowSignal(this.makeError('RangeError', message));
  }
  syntaxError(message: string): ThrowSignal {
    return new ThrowSignal(this.makeError('SyntaxError', message));
  }
  referenceError(message: string): ThrowSignal {
    return new ThrowSignal(this.makeError('ReferenceError', message));
  }

  private lineStarts: number[] | null = null;

  /** 1-based line and column of a source offset. */
  position(offset: number): { line: number; column: number } {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = 0; i < this.source.length; i++)
        if (this.source.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  // ---- primitives ------------------------------------------------------------------------

  protoOfPrimitive(v: Value): JSObject {
    switch (typeof v) {
      case 'string':
        return this.intrinsics.StringPrototype;
      case 'number':
        return this.intrinsics.NumberPrototype;
      case 'boolean':
        return this.intrinsics.BooleanPrototype;
      case 'symbol':
        return this.intrinsics.SymbolPrototype;
      case 'bigint':
        return this.intrinsics.BigIntPrototype;
      default:
        throw this.typeError(`Cannot convert ${String(v)} to object`);
    }
  }

  wrapPrimitive(v: Value, proto: JSObject = this.protoOfPrimitive(v)): JSObject {
    const o = typeof v === 'string' ? new StringObject(proto, v) : new JSObject(proto);
    o.className =
      typeof v === 'string'
        ? 'String'
        : typeof v === 'number'
          ? 'Number'
          : typeof v === 'boolean'
            ? 'Boolean'
            : typeof v === 'symbol'
              ? 'Symbol'
              : 'BigInt';
    primitiveValues.set(o, v);
    return o;
  }

  /** A property read that never runs user code (for inspect's plain-data fast paths). */
  getProperty(obj: JSObject, key: PropertyKey): Value {
    return get(this, obj, key);
  }
}

/** [[PrimitiveValue]] of wrapper objects (new Number(1), Object('s')). */
export const primitiveValues = new WeakMap<JSObject, Value>();
