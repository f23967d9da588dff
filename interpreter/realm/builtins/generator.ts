/**
 * Generator objects: https://tc39.es/ecma262/#sec-generator-objects. The body is a host
 * generator yielding `{ kind: 'yield' }`; next/throw/return resume it with a Resume record.
 */
import type { Agent } from '../../agent';
import type { ClosureFunction } from '../../evaluate/functions';
import { ReturnSignal, type Gen } from '../../evaluate/types';
import { createIterResultObject } from '../iteration';
import { get } from '../operations';
import { isObject, JSObject, ThrowSignal, type Value } from '../values';
import type { SourceRange, SuspendedView } from '../../trace/types';
import { defineMethod, makeBuiltin } from './define';

type GeneratorState = 'suspendedStart' | 'suspendedYield' | 'executing' | 'completed';

export class GeneratorObject extends JSObject {
  override className = 'Generator';
  state: GeneratorState = 'suspendedStart';
  /** The range of the yield it is suspended at (null before the first). */
  yieldedAt: SourceRange | null = null;
  constructor(
    proto: JSObject,
    readonly func: ClosureFunction,
    readonly body: Gen<Value>,
    /** How the trace names it while it is suspended at a yield (as an async activation's id). */
    readonly id: number,
  ) {
    super(proto);
  }
}

export function createGeneratorObject(
  a: Agent,
  f: ClosureFunction,
  body: Gen<Value>,
): GeneratorObject {
  const p = get(a, f, 'prototype');
  return new GeneratorObject(isObject(p) ? p : a.intrinsics.GeneratorPrototype, f, body, a.newId());
}

/**
 * The one view every yield's suspension is recorded through, filled in anew each time (as
 * evaluate/async.ts does for awaits): the recorder encodes it into numbers and keeps nothing of it.
 */
const suspendedView: SuspendedView = {
  id: 0,
  name: '',
  kind: 'generator',
  reason: 'yield',
  waitingOn: null,
  at: [0, 0],
};

/** https://tc39.es/ecma262/#sec-generatorresume and GeneratorResumeAbrupt */
function resume(
  a: Agent,
  g: GeneratorObject,
  how: { type: 'normal' | 'throw' | 'return'; value: Value },
): Value {
  if (g.state === 'executing') throw a.typeError('Generator is already running');
  if (g.state === 'completed' || (g.state === 'suspendedStart' && how.type !== 'normal')) {
    g.state = 'completed';
    if (how.type === 'throw') throw new ThrowSignal(how.value);
    return createIterResultObject(a, how.type === 'return' ? how.value : undefined, true);
  }
  const name = g.func.debugName();
  if (g.state === 'suspendedYield') a.recorder.resume(g.id);
  const frame = a.pushFrame(name, 'call', null, g.func);
  // The body goes on from the yield: a `yield*` that yields again steps no statement first, and
  // without this its frame (and the suspension recorded below) would have no range.
  if (g.yieldedAt) [frame.start, frame.end] = g.yieldedAt;
  g.state = 'executing';
  try {
    const r = a.nested(() => g.body.next(how));
    if (r.done) {
      g.state = 'completed';
      return createIterResultObject(a, r.value, true);
    }
    g.state = 'suspendedYield';
    // Until the frame is popped, its range is the yield's (the statement that holds it).
    g.yieldedAt = [frame.start, frame.end];
    const view = suspendedView;
    view.id = g.id;
    view.name = name;
    view.at = g.yieldedAt;
    a.recorder.suspend(view);
    // The trampoline passes only `yield` up to a generator's driver.
    return createIterResultObject(a, (r.value as { value: Value }).value, false);
  } catch (e) {
    g.state = 'completed';
    if (e instanceof ReturnSignal) return createIterResultObject(a, e.value, true);
    throw e;
  } finally {
    a.popFrame(frame);
  }
}

export function installGenerators(a: Agent): void {
  const I = a.intrinsics;
  const tag = (o: JSObject, t: string) =>
    o.defineOwnProperty(Symbol.toStringTag, {
      value: t,
      writable: false,
      enumerable: false,
      configurable: true,
    });

  // %GeneratorFunction.prototype% and %GeneratorPrototype%
  const GFP = new JSObject(I.FunctionPrototype);
  const GP = new JSObject(I.IteratorPrototype);
  GFP.defineOwnProperty('prototype', {
    value: GP,
    writable: false,
    enumerable: false,
    configurable: true,
  });
  GP.defineOwnProperty('constructor', {
    value: GFP,
    writable: false,
    enumerable: false,
    configurable: true,
  });
  tag(GFP, 'GeneratorFunction');
  tag(GP, 'Generator');
  I.GeneratorFunctionPrototype = GFP;
  I.GeneratorPrototype = GP;
  const thisGenerator = (v: Value, method: string): GeneratorObject => {
    if (v instanceof GeneratorObject) return v;
    throw a.typeError(
      `${method} method called on incompatible receiver ${isObject(v) ? '#<Object>' : String(v)}`,
    );
  };
  defineMethod(a, GP, 'next', 1, (t, args) =>
    resume(a, thisGenerator(t, 'next'), { type: 'normal', value: args[0] }),
  );
  defineMethod(a, GP, 'return', 1, (t, args) =>
    resume(a, thisGenerator(t, 'return'), { type: 'return', value: args[0] }),
  );
  defineMethod(a, GP, 'throw', 1, (t, args) =>
    resume(a, thisGenerator(t, 'throw'), { type: 'throw', value: args[0] }),
  );

  // %AsyncFunction.prototype%
  const AFP = new JSObject(I.FunctionPrototype);
  tag(AFP, 'AsyncFunction');
  I.AsyncFunctionPrototype = AFP;

  // %AsyncGeneratorFunction.prototype% and %AsyncGeneratorPrototype%
  const AGFP = new JSObject(I.FunctionPrototype);
  const AGP = new JSObject(I.AsyncIteratorPrototype);
  AGFP.defineOwnProperty('prototype', {
    value: AGP,
    writable: false,
    enumerable: false,
    configurable: true,
  });
  AGP.defineOwnProperty('constructor', {
    value: AGFP,
    writable: false,
    enumerable: false,
    configurable: true,
  });
  tag(AGFP, 'AsyncGeneratorFunction');
  tag(AGP, 'AsyncGenerator');
  I.AsyncGeneratorFunctionPrototype = AGFP;
  I.AsyncGeneratorPrototype = AGP;

  // %GeneratorFunction%, %AsyncFunction%, %AsyncGeneratorFunction%: not globals, reachable as
  // `.constructor`; like Function they would compile strings, which the sealed realm refuses.
  for (const [name, prototype] of [
    ['GeneratorFunction', GFP],
    ['AsyncFunction', AFP],
    ['AsyncGeneratorFunction', AGFP],
  ] as const) {
    const C = makeBuiltin(
      a,
      name,
      1,
      () => {
        throw new ThrowSignal(
          a.makeError('EvalError', 'Code generation from strings disallowed for this context'),
        );
      },
      true,
    );
    C.proto = I.Function;
    C.defineOwnProperty('prototype', {
      value: prototype,
      writable: false,
      enumerable: false,
      configurable: false,
    });
    prototype.defineOwnProperty('constructor', {
      value: C,
      writable: false,
      enumerable: false,
      configurable: true,
    });
  }
  defineMethod(a, I.AsyncIteratorPrototype, Symbol.asyncIterator, 0, (t) => t);
}
