/**
 * Promise abstract operations, as ECMA-262 §27.2 states them, step for step where the order is
 * observable. The job queue belongs to the host: jobs leave here through `a.host.enqueueJob`.
 */
import type { Agent } from '../agent';
import type { JobKind, PromiseView, ReactionView } from '../trace/types';
import { inspect } from './inspect';
import { makeChainingCycleError } from './builtins/error';
import { get, isConstructor } from './operations';
import { BuiltinFunction, isObject, JSFunction, JSObject, ThrowSignal, type Value } from './values';
import { keepAlive } from '../keepAlive';

export type PromiseState = 'pending' | 'fulfilled' | 'rejected';

/** A host-side handler, for reactions the spec creates as built-in closures (Await, all, …). */
export interface InternalHandler {
  run(argument: Value): Value;
}

type ReactionType = 'fulfill' | 'reject';
type ReactionHandler = JSFunction | InternalHandler | undefined;

/**
 * A fulfill and a reject PromiseReaction Record in one (NON-SPEC: storage only).
 * PerformPromiseThen appends one of each to [[PromiseFulfillReactions]] and
 * [[PromiseRejectReactions]] together and settlement empties both, so the two lists are one list
 * of pairs; settlement takes each pair's handler for its own type.
 */
/** `kind` and `label` (the ReactionView) say, for the trace, what the job is and its name. */
export interface PromiseReaction extends ReactionView {
  capability: PromiseCapability | null;
  onFulfilled: ReactionHandler;
  onRejected: ReactionHandler;
}

export interface PromiseCapability {
  promise: JSObject;
  resolve: Value;
  reject: Value;
}

export class PromiseObject extends JSObject {
  // Fields assigned in the constructor, not class fields (see JSObject): a class field is
  // defined on each new object by a function of its own, and promises are made by the thousand.
  declare readonly id: number;
  declare readonly origin: string;
  declare state: PromiseState;
  declare result: Value;
  /** [[PromiseFulfillReactions]] and [[PromiseRejectReactions]]; null until the first `then`. */
  declare reactions: PromiseReaction[] | null;
  declare isHandled: boolean;

  constructor(proto: JSObject, id: number, origin: string) {
    super(proto);
    this.className = 'Promise';
    this.id = id;
    this.origin = origin;
    this.state = 'pending';
    this.result = undefined;
    this.reactions = null;
    this.isHandled = false;
  }
}

/** A job as the host queues it; `run` performs it. */
export interface Job {
  id: number;
  kind: JobKind;
  label: string;
  promiseId: number | null;
  /** Where the job's code is, for the step that runs it. */
  run(): void;
}

const NO_REACTIONS: PromiseView['waiting'] = [];

/**
 * The one promise view every record is made through. The recorder encodes it into numbers when
 * it gets it and keeps nothing of it, so the object is filled in anew each time: a view per
 * record was a large share of what promise-heavy programs allocate.
 */
const promiseView: PromiseView = { id: 0, state: 'pending', value: null, reactions: 0, origin: '' };

export function recordPromise(a: Agent, p: PromiseObject): void {
  const view = promiseView;
  const reactions = p.reactions;
  view.value = p.state === 'pending' ? null : inspect(a, p.result);
  view.id = p.id;
  view.state = p.state;
  view.reactions = reactions === null ? 0 : reactions.length;
  view.origin = p.origin;
  // The reactions are their own views (the recorder copies what it keeps).
  view.waiting = reactions ?? NO_REACTIONS;
  a.recorder.promise(view);
  view.waiting = NO_REACTIONS;
}

export function createPromise(
  a: Agent,
  origin: string,
  proto: JSObject = a.intrinsics.PromisePrototype,
): PromiseObject {
  const p = new PromiseObject(proto, a.newId(), origin);
  recordPromise(a, p);
  return p;
}

/**
 * How the trace names reactions whose handler is a built-in closure standing for something the
 * program did (finally's wrappers, Promise.all's element functions, resolving functions).
 */
export const reactionLabels = new WeakMap<JSObject, string>();

/** The [[AlreadyResolved]] record a promise's resolving functions share. */
export interface AlreadyResolvedRecord {
  alreadyResolved: boolean;
}

/** https://tc39.es/ecma262/#sec-createresolvingfunctions */
export function createResolvingFunctions(
  a: Agent,
  promise: PromiseObject,
  /** The functions' shared [[AlreadyResolved]] record (a fresh one unless given). */
  record: AlreadyResolvedRecord = { alreadyResolved: false },
): { resolve: BuiltinFunction; reject: BuiltinFunction } {
  const resolve = new BuiltinFunction(a.intrinsics.FunctionPrototype, '', (_this, args) => {
    if (record.alreadyResolved) return undefined;
    record.alreadyResolved = true;
    resolvePromise(a, promise, args[0]);
    return undefined;
  });
  const reject = new BuiltinFunction(a.intrinsics.FunctionPrototype, '', (_this, args) => {
    if (record.alreadyResolved) return undefined;
    record.alreadyResolved = true;
    rejectPromise(a, promise, args[0]);
    return undefined;
  });
  reactionLabels.set(resolve, `resolve promise #${promise.id}`);
  reactionLabels.set(reject, `reject promise #${promise.id}`);
  for (const f of [resolve, reject])
    f.defineOwnProperty('length', {
      value: 1,
      writable: false,
      enumerable: false,
      configurable: true,
    });
  return { resolve, reject };
}

/** https://tc39.es/ecma262/#sec-promise-resolve-functions, steps 7-16 */
export function resolvePromise(a: Agent, promise: PromiseObject, resolution: Value): void {
  // 7. If SameValue(resolution, promise) is true, reject with a TypeError.
  if (resolution === promise) {
    rejectPromise(a, promise, makeChainingCycleError(a));
    return;
  }
  // 8. If resolution is not an Object, fulfill.
  if (!isObject(resolution)) return fulfillPromise(a, promise, resolution);
  // 9. Let then be Completion(Get(resolution, "then")).
  let then: Value;
  try {
    then = get(a, resolution, 'then');
  } catch (e) {
    if (e instanceof ThrowSignal) return rejectPromise(a, promise, e.value);
    throw e;
  }
  // 12. If IsCallable(thenAction) is false, fulfill.
  if (!(then instanceof JSFunction)) return fulfillPromise(a, promise, resolution);
  // 14-15. NewPromiseResolveThenableJob(promise, resolution, thenJobCallback); HostEnqueuePromiseJob.
  enqueuePromiseResolveThenableJob(a, promise, resolution, then);
}

/** https://tc39.es/ecma262/#sec-newpromiseresolvethenablejob */
function enqueuePromiseResolveThenableJob(
  a: Agent,
  promise: PromiseObject,
  thenable: JSObject,
  then: JSFunction,
): void {
  const job: Job = {
    id: a.newId(),
    kind: 'resolve-thenable',
    label: `resolve #${promise.id} with thenable`,
    promiseId: promise.id,
    run: () => {
      const { resolve, reject } = createResolvingFunctions(a, promise);
      try {
        a.call(then, thenable, [resolve, reject], null, 'microtask');
      } catch (e) {
        if (!(e instanceof ThrowSignal)) throw e;
        a.call(reject, undefined, [e.value]);
      }
    },
  };
  a.host.enqueueJob(job);
}

/** https://tc39.es/ecma262/#sec-fulfillpromise */
export function fulfillPromise(a: Agent, promise: PromiseObject, value: Value): void {
  const reactions = promise.reactions;
  promise.result = value;
  promise.reactions = null;
  promise.state = 'fulfilled';
  recordPromise(a, promise);
  if (reactions) triggerPromiseReactions(a, reactions, 'fulfill', value, promise);
}

/** https://tc39.es/ecma262/#sec-rejectpromise */
export function rejectPromise(a: Agent, promise: PromiseObject, reason: Value): void {
  const reactions = promise.reactions;
  promise.result = reason;
  promise.reactions = null;
  promise.state = 'rejected';
  recordPromise(a, promise);
  if (!promise.isHandled) a.host.promiseRejectionTracker(promise, 'reject');
  if (reactions) triggerPromiseReactions(a, reactions, 'reject', reason, promise);
}

/** https://tc39.es/ecma262/#sec-triggerpromisereactions */
function triggerPromiseReactions(
  a: Agent,
  reactions: PromiseReaction[],
  type: ReactionType,
  argument: Value,
  promise: PromiseObject,
): void {
  // An index, not for-of: no iterator protocol (and its try/finally) in this hot function.
  for (let i = 0; i < reactions.length; i++)
    a.host.enqueueJob(new PromiseReactionJob(a, reactions[i], type, argument, promise));
}

/**
 * https://tc39.es/ecma262/#sec-newpromisereactionjob — a class rather than a closure: one
 * object per job, the commonest allocation of promise-heavy programs. Its fields are assigned
 * in the constructor only (see PromiseObject).
 */
class PromiseReactionJob implements Job {
  declare readonly id: number;
  declare readonly kind: JobKind;
  declare readonly label: string;
  declare readonly promiseId: number;
  declare private readonly a: Agent;
  declare private readonly reaction: PromiseReaction;
  declare private readonly type: ReactionType;
  declare private readonly argument: Value;

  constructor(
    a: Agent,
    reaction: PromiseReaction,
    type: ReactionType,
    argument: Value,
    promise: PromiseObject,
  ) {
    this.a = a;
    this.reaction = reaction;
    this.type = type;
    this.argument = argument;
    this.id = a.newId();
    this.kind = reaction.kind;
    this.label = reaction.label;
    this.promiseId = promise.id;
    keepAlive(PromiseReactionJob, this);
  }

  run(): void {
    const { a, argument, type, reaction } = this;
    const { capability } = reaction;
    const handler = type === 'fulfill' ? reaction.onFulfilled : reaction.onRejected;
    let result: Value;
    let threw = false;
    if (handler === undefined) {
      // Pass-through: fulfill with the value / reject with the reason.
      result = argument;
      threw = type === 'reject';
    } else {
      try {
        result =
          handler instanceof JSFunction
            ? a.call(handler, undefined, [argument], null, 'microtask')
            : handler.run(argument);
      } catch (e) {
        if (!(e instanceof ThrowSignal)) throw e;
        result = e.value;
        threw = true;
      }
    }
    if (!capability) return;
    if (capability instanceof IntrinsicPromiseCapability) capability.settle(threw, result);
    else a.call(threw ? capability.reject : capability.resolve, undefined, [result]);
  }
}

/** https://tc39.es/ecma262/#sec-performpromisethen */
export function performPromiseThen(
  a: Agent,
  promise: PromiseObject,
  onFulfilled: JSFunction | InternalHandler | undefined,
  onRejected: JSFunction | InternalHandler | undefined,
  capability: PromiseCapability | null,
  trace: { jobKind: JobKind; label: string } = { jobKind: 'promise-reaction', label: 'then' },
): void {
  const reaction: PromiseReaction = {
    capability,
    onFulfilled,
    onRejected,
    kind: trace.jobKind,
    label: trace.label,
  };
  if (promise.state === 'pending') {
    if (promise.reactions === null) promise.reactions = [reaction];
    else promise.reactions.push(reaction);
    recordPromise(a, promise);
  } else if (promise.state === 'fulfilled') {
    a.host.enqueueJob(new PromiseReactionJob(a, reaction, 'fulfill', promise.result, promise));
  } else {
    if (!promise.isHandled) a.host.promiseRejectionTracker(promise, 'handle');
    a.host.enqueueJob(new PromiseReactionJob(a, reaction, 'reject', promise.result, promise));
  }
  promise.isHandled = true;
}

/**
 * A capability of %Promise% itself. Its resolving functions are objects the program can only
 * reach through `resolve`/`reject`, so they are made on first read; a reaction job that settles
 * the promise without reading them does what calling them would do (NON-SPEC: allocation only,
 * nothing observable: calling a built-in function records nothing).
 */
class IntrinsicPromiseCapability implements PromiseCapability, AlreadyResolvedRecord {
  // Fields assigned in the constructor only (see PromiseObject): one capability per `then`.
  declare private readonly a: Agent;
  declare readonly promise: PromiseObject;
  /** The capability is its resolving functions' [[AlreadyResolved]] record. */
  declare alreadyResolved: boolean;
  declare private functions: { resolve: BuiltinFunction; reject: BuiltinFunction } | null;

  constructor(a: Agent, promise: PromiseObject) {
    this.a = a;
    this.promise = promise;
    this.alreadyResolved = false;
    this.functions = null;
    keepAlive(IntrinsicPromiseCapability, this);
  }

  private resolvingFunctions(): { resolve: BuiltinFunction; reject: BuiltinFunction } {
    return (this.functions ??= createResolvingFunctions(this.a, this.promise, this));
  }

  get resolve(): Value {
    return this.resolvingFunctions().resolve;
  }

  get reject(): Value {
    return this.resolvingFunctions().reject;
  }

  /** What calling `reject` (when `threw`) or `resolve` with `value` does. */
  settle(threw: boolean, value: Value): void {
    if (this.alreadyResolved) return;
    this.alreadyResolved = true;
    if (threw) rejectPromise(this.a, this.promise, value);
    else resolvePromise(this.a, this.promise, value);
  }
}

/** https://tc39.es/ecma262/#sec-newpromisecapability */
export function newPromiseCapability(a: Agent, C: Value, origin: string): PromiseCapability {
  if (C === a.intrinsics.Promise)
    return new IntrinsicPromiseCapability(a, createPromise(a, origin));
  if (!isConstructor(C)) throw a.typeError('Promise resolve or reject function is not callable');
  const capability: { resolve: Value; reject: Value } = { resolve: undefined, reject: undefined };
  const executor = new BuiltinFunction(a.intrinsics.FunctionPrototype, '', (_this, args) => {
    if (capability.resolve !== undefined)
      throw a.typeError('Promise executor has already been invoked with non-undefined arguments');
    if (capability.reject !== undefined)
      throw a.typeError('Promise executor has already been invoked with non-undefined arguments');
    capability.resolve = args[0];
    capability.reject = args[1];
    return undefined;
  });
  const promise = a.construct(C, [executor]);
  if (!(capability.resolve instanceof JSFunction))
    throw a.typeError('Promise resolve or reject function is not callable');
  if (!(capability.reject instanceof JSFunction))
    throw a.typeError('Promise resolve or reject function is not callable');
  return { promise, resolve: capability.resolve, reject: capability.reject };
}

/** https://tc39.es/ecma262/#sec-promise-resolve */
export function promiseResolve(a: Agent, C: JSObject, x: Value, origin: string): JSObject {
  if (x instanceof PromiseObject) {
    const xConstructor = get(a, x, 'constructor');
    if (xConstructor === C) return x;
  }
  if (C === a.intrinsics.Promise) {
    // What NewPromiseCapability(%Promise%) and calling its fresh `resolve` do, without the
    // capability: nothing else can reach it.
    const promise = createPromise(a, origin);
    resolvePromise(a, promise, x);
    return promise;
  }
  const capability = newPromiseCapability(a, C, origin);
  a.call(capability.resolve, undefined, [x]);
  return capability.promise;
}
