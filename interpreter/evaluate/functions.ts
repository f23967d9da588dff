/**
 * Interpreted functions: creation (https://tc39.es/ecma262/#sec-ordinaryfunctioncreate),
 * [[Call]] and [[Construct]] (https://tc39.es/ecma262/#sec-ecmascript-function-objects-call-thisargument-argumentslist),
 * and the start of generator and async bodies, which get a driver of their own.
 */
import type * as ESTree from 'estree';
import { type ActiveFrame, type Agent, MAX_PLAIN_CALL_DEPTH } from '../agent';
import { startAsyncFunction, startAsyncGenerator } from './async';
import { BoundFunction, forwarders, type ForwardedCall } from '../realm/builtins/function';
import { createGeneratorObject } from '../realm/builtins/generator';
import { get } from '../realm/operations';
import { ArgumentsObject } from '../realm/arguments';
import {
  isObject,
  JSArray,
  JSFunction,
  JSObject,
  type Property,
  type PropertyKey,
  type Value,
} from '../realm/values';
import type { FrameView, SourceRange } from '../trace/types';
import type { Recorder } from '../trace/recorder';
import { defineField } from './classes';
import { bindPattern, boundNames } from './patterns';
import { privateElementAdd, type PrivateElement, type PrivateName } from './privateNames';
import { hasUseStrictDirective, Scope, type Binding, type FunctionContext } from './scope';
import { varNames as functionVarNames } from './hoisting';
import { executeStatements, executeStatementsPlain } from './statements';
import { evaluatesPlainly, markAsyncGeneratorReturns, runsPlain, suspends } from './suspends';
import { evaluate, evaluatePlain } from './evaluate';
import { runToEnd, trampoline } from './drive';
import type { Gen } from './types';

export type FunctionNode =
  ESTree.FunctionDeclaration | ESTree.FunctionExpression | ESTree.ArrowFunctionExpression;

export interface ClassFieldDefinition {
  key: PropertyKey | PrivateName;
  node: ESTree.PropertyDefinition;
}

/**
 * What a function node says about every closure made from it, worked out once per node: a
 * closure is made each time its expression is evaluated (every `then(v => …)` in a loop). Each
 * closure holds its node's facts, objects of one shape, so a call reads what it needs of its node
 * there, not from acorn's nodes (a shape per node type, and more with the facts added to them).
 */
interface FunctionFacts {
  isArrow: boolean;
  isAsync: boolean;
  isGenerator: boolean;
  /** The body starts with a "use strict" directive. */
  useStrict: boolean;
  simpleParameters: boolean;
  /** The `length` property: https://tc39.es/ecma262/#sec-static-semantics-expectedargumentcount */
  expectedArgumentCount: number;
  /** An arrow's expression body (`(a, b) => a - b`); null for a block body. */
  expressionBody: ESTree.Expression | null;
  /** A block body's only statement when it is a `return` (the commonest body); null otherwise. */
  loneReturn: ESTree.ReturnStatement | null;
  /** Where the expression body or the lone return is: the first step of a call. */
  shortBodyStart: number;
  shortBodyEnd: number;
  /** suspends(body) and runsPlain(body) (suspends.ts), asked on the first call that needs them. */
  bodySuspends: boolean | undefined;
  bodyRunsPlain: boolean | undefined;
  /** How instantiateSimple binds the parameters: made on the first call (simple parameters only). */
  simpleInstantiation: SimpleInstantiation | null;
}

function functionFacts(node: FunctionNode): FunctionFacts {
  const annotated = node as FunctionNode & { loopscopeFacts?: FunctionFacts };
  let facts = annotated.loopscopeFacts;
  if (facts === undefined) {
    const body = node.body;
    const only = body.type === 'BlockStatement' && body.body.length === 1 ? body.body[0] : null;
    const expressionBody = body.type === 'BlockStatement' ? null : body;
    const loneReturn = only?.type === 'ReturnStatement' ? only : null;
    const shortBody = (expressionBody ?? loneReturn) as unknown as {
      start: number;
      end: number;
    } | null;
    facts = {
      isArrow: node.type === 'ArrowFunctionExpression',
      isAsync: !!node.async,
      isGenerator: !!node.generator,
      useStrict: body.type === 'BlockStatement' && hasUseStrictDirective(body.body),
      simpleParameters: isSimpleParameterList(node.params),
      expectedArgumentCount: expectedArgumentCount(node.params),
      expressionBody,
      loneReturn,
      shortBodyStart: shortBody ? shortBody.start : 0,
      shortBodyEnd: shortBody ? shortBody.end : 0,
      bodySuspends: undefined,
      bodyRunsPlain: undefined,
      simpleInstantiation: null,
    };
    if (facts.isAsync && facts.isGenerator) markAsyncGeneratorReturns(node.body);
    annotated.loopscopeFacts = facts;
  }
  return facts;
}

/**
 * What a class constructor has of its class, in one object apart: most closures are callbacks,
 * made by the thousand and not class constructors, and each field of ClosureFunction is 8 bytes
 * of every closure.
 */
export interface ClassParts {
  isDerived: boolean;
  /** Instance fields it initializes on `this`. */
  fields: readonly ClassFieldDefinition[];
  /** Private methods and accessors every instance gets before its fields. */
  privateMethods: ReadonlyArray<[PrivateName, PrivateElement]>;
  /** Its class's source text, for toString. */
  classNode: ESTree.ClassDeclaration | ESTree.ClassExpression;
  fieldScope: Scope;
}

export class ClosureFunction extends JSFunction {
  // Fields assigned in the constructor, not class fields (see JSObject): a class field is defined
  // on each new object by a function of its own, and closures (callbacks) are made by the thousand.
  declare readonly node: FunctionNode;
  declare readonly scope: Scope;
  declare name: string;
  /** What its node says of it (isArrow and the other getters below read it). */
  declare readonly facts: FunctionFacts;
  /** Strict mode function (https://tc39.es/ecma262/#sec-strict-mode-code): no `this` coercion. */
  declare readonly strict: boolean;
  /** What a class constructor has of its class (set by the class's evaluation); null otherwise. */
  declare classParts: ClassParts | null;
  declare homeObject: JSObject | null;
  /** Function.prototype.toString's text when it is not the function node's (methods). */
  declare sourceText: string | null;
  declare isConstructor: boolean;
  /** The FunctionContext of its calls with an undefined `this` (see newFunctionScope). */
  declare undefinedThisContext: FunctionContext | null;
  /** The FunctionContext of its last call with an object as `this` (see newFunctionScope). */
  declare objectThisContext: FunctionContext | null;

  constructor(
    proto: JSObject,
    node: FunctionNode,
    scope: Scope,
    name: string,
    isMethod: boolean,
    facts: FunctionFacts,
  ) {
    super(proto);
    this.node = node;
    this.scope = scope;
    this.name = name;
    this.facts = facts;
    this.strict = scope.strict || facts.useStrict;
    this.classParts = null;
    this.homeObject = null;
    this.sourceText = null;
    this.isConstructor = !facts.isArrow && !facts.isAsync && !facts.isGenerator && !isMethod;
    this.undefinedThisContext = null;
    this.objectThisContext = null;
    this.deferProperties();
  }

  /**
   * `length`, `name` and (constructors and generators) `prototype`, as OrdinaryFunctionCreate,
   * SetFunctionName and MakeConstructor define them: made when the table is first used, which
   * for most closures is never (NON-SPEC: when, not what). `name` is the name the closure was
   * made with: setFunctionName, the one thing that renames a closure, defines the property too.
   */
  protected override initialProperties(): Map<PropertyKey, Property> {
    const props = new Map<PropertyKey, Property>();
    props.set('length', {
      value: this.facts.expectedArgumentCount,
      writable: false,
      enumerable: false,
      configurable: true,
    });
    props.set('name', { value: this.name, writable: false, enumerable: false, configurable: true });
    const I = this.scope.agent.intrinsics;
    let prototype: JSObject | null = null;
    if (this.isGenerator) {
      prototype = new JSObject(this.isAsync ? I.AsyncGeneratorPrototype : I.GeneratorPrototype);
    } else if (this.isConstructor) {
      prototype = new JSObject(I.ObjectPrototype);
      prototype.defineOwnProperty('constructor', {
        value: this,
        writable: true,
        enumerable: false,
        configurable: true,
      });
    }
    if (prototype !== null)
      props.set('prototype', {
        value: prototype,
        writable: true,
        enumerable: false,
        configurable: false,
      });
    return props;
  }

  get isArrow(): boolean {
    return this.facts.isArrow;
  }

  get isAsync(): boolean {
    return this.facts.isAsync;
  }

  get isGenerator(): boolean {
    return this.facts.isGenerator;
  }

  /** Parameters that are plain names only (no defaults, patterns or rest). */
  get simpleParameters(): boolean {
    return this.facts.simpleParameters;
  }

  get isClassConstructor(): boolean {
    return this.classParts !== null;
  }

  get isDerived(): boolean {
    return this.classParts !== null && this.classParts.isDerived;
  }

  debugName(): string {
    return this.name || '(anonymous)';
  }
}

/**
 * Creates a closure over `scope`; its `length`, `name` and (where it has one) `prototype` are
 * made when first needed (ClosureFunction.initialProperties).
 */
export function makeFunction(
  a: Agent,
  node: FunctionNode,
  scope: Scope,
  name: string,
  isMethod = false,
): ClosureFunction {
  const I = a.intrinsics;
  const facts = functionFacts(node);
  const proto = facts.isAsync
    ? facts.isGenerator
      ? I.AsyncGeneratorFunctionPrototype
      : I.AsyncFunctionPrototype
    : facts.isGenerator
      ? I.GeneratorFunctionPrototype
      : I.FunctionPrototype;
  return new ClosureFunction(proto, node, scope, name, isMethod, facts);
}

function expectedArgumentCount(params: ESTree.Pattern[]): number {
  let n = 0;
  for (const p of params) {
    if (p.type === 'AssignmentPattern' || p.type === 'RestElement') break;
    n++;
  }
  return n;
}

function newFunctionScope(
  a: Agent,
  f: ClosureFunction,
  thisArg: Value,
  args: Value[],
  newTarget: JSObject | undefined,
): Scope {
  if (f.isArrow) return new Scope(a, f.scope, f.scope.fn, f.strict);
  // A call with an undefined `this` (a plain `f()`, a callback) gets the context every such call
  // of f gets: nothing changes a context but super() in a constructor, which `new` calls.
  if (thisArg === undefined && newTarget === undefined)
    return new Scope(a, f.scope, (f.undefinedThisContext ??= functionContext(a, f)), f.strict);
  // Likewise a method call on the object of the last one (a method called in a loop): an
  // object is its own `this`, strict or not (a primitive would be boxed anew by sloppy code).
  if (newTarget === undefined && isObject(thisArg)) {
    let context = f.objectThisContext;
    if (context === null || context.thisValue !== thisArg)
      f.objectThisContext = context = functionContext(a, f, thisArg);
    return new Scope(a, f.scope, context, f.strict);
  }
  return new Scope(a, f.scope, functionContext(a, f, thisArg, newTarget), f.strict);
}

function functionContext(
  a: Agent,
  f: ClosureFunction,
  thisArg?: Value,
  newTarget?: JSObject,
): FunctionContext {
  return {
    func: f,
    thisValue: f.strict || newTarget !== undefined ? thisArg : sloppyThis(a, thisArg),
    thisBound: !f.isDerived || newTarget === undefined,
    newTarget,
    homeObject: f.homeObject,
  };
}

/** OrdinaryCallBindThis for sloppy functions: nullish is the global object, primitives are boxed. */
function sloppyThis(a: Agent, thisArg: Value): Value {
  if (thisArg === undefined || thisArg === null) return a.globalObject;
  return isObject(thisArg) ? thisArg : a.wrapPrimitive(thisArg);
}

/**
 * https://tc39.es/ecma262/#sec-functiondeclarationinstantiation: parameters, `arguments`, hoisted
 * `var`s, for a parameter list that is not plain names. Returns the scope the body runs in.
 */
function* instantiate(a: Agent, f: ClosureFunction, scope: Scope, args: Value[]): Gen<Scope> {
  const node = f.node;
  const params = node.params;
  // Parameters start in the temporal dead zone: `function f(a = b, b) {}` cannot read b early.
  for (const p of params)
    for (const name of boundNames(p)) scope.declare(name, undefined, true, false);
  declareArguments(a, f, scope, args, false);
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (p.type === 'RestElement') {
      yield* bindPattern(
        p.argument,
        new JSArray(a.intrinsics.ArrayPrototype, args.slice(i)),
        scope,
        'let',
      );
      break;
    }
    yield* bindPattern(p, args[i], scope, 'let', null);
  }
  if (node.body.type !== 'BlockStatement') return scope;
  // The body's declarations get a scope of their own (step 28), so a closure made by a default
  // (`a = () => x`) sees the parameters and what is outside, not the body's `x`. A `var` named
  // as a parameter starts with the parameter's value.
  const body = scope.child();
  for (const name of functionVarNames(node.body.body, body.strict))
    body.declare(name, scope.own(name)?.value, true);
  return body;
}

/** instantiate for a list of plain names (no defaults, patterns or rest): nothing can suspend. */
function instantiateSimple(a: Agent, f: ClosureFunction, scope: Scope, args: Value[]): void {
  const plan = simpleInstantiation(f);
  if (plan.duplicateParameters) {
    const params = f.node.params as ESTree.Identifier[];
    for (const p of params) scope.declare(p.name, undefined, true, false);
    if (plan.declaresArguments) declareArguments(a, f, scope, args, true);
    for (let i = 0; i < params.length; i++) {
      // Sloppy duplicates (`function f(a, a)`): the last one wins, as plain assignment does.
      const b = scope.own(params[i].name)!;
      b.value = args[i];
      b.initialized = true;
    }
  } else {
    // Nothing can run between declaring a plain name and binding its argument, so each binding
    // starts initialized: one trace event, as the declaration and the write within one step make.
    const count = plan.parameterTraceNames.length;
    if (count > 0) {
      scope.recordedRow();
      const traceNames = parameterTraceNames(a, plan);
      const names = plan.parameterNames;
      for (let i = 0; i < count; i++) scope.declareParameter(names[i], args[i], traceNames[i]);
    }
    if (plan.declaresArguments) declareArguments(a, f, scope, args, true);
  }
  // hoistFunctionScope, with the names the parameters and `arguments` bind left out beforehand.
  for (const name of plan.varNames) scope.declare(name, undefined, true);
}

/**
 * What instantiateSimple does that the function's node alone decides, worked out on its first
 * call rather than on every call.
 */
interface SimpleInstantiation {
  /** Two parameters share a name (sloppy code allows it). */
  duplicateParameters: boolean;
  /** The function makes an `arguments` object: it is not an arrow, and its code mentions one. */
  declaresArguments: boolean;
  /** The body's `var` names that no parameter or `arguments` binds first, each once, in order. */
  varNames: string[];
  /** The parameters' names, in order. */
  parameterNames: string[];
  /**
   * The parameter names' indices in the trace of `tracedBy`, the last run that called it; its
   * length is the number of parameters. A typed array, of one map whatever it holds: the arrays
   * of a function without parameters and of others had different maps, and each map seen first
   * by optimized code threw it away (instantiateSimple, in a sort's fourth run).
   */
  parameterTraceNames: Int32Array;
  tracedBy: Recorder | null;
}

/**
 * The indices of the parameters' names in this run's trace, numbered on the function's first
 * call in the run: a call then looks up no name.
 */
function parameterTraceNames(a: Agent, plan: SimpleInstantiation): Int32Array {
  const recorder = a.recorder;
  const traceNames = plan.parameterTraceNames;
  if (plan.tracedBy !== recorder) {
    for (let i = 0; i < traceNames.length; i++)
      traceNames[i] = recorder.nameIndex(plan.parameterNames[i]);
    plan.tracedBy = recorder;
  }
  return traceNames;
}

function simpleInstantiation(f: ClosureFunction): SimpleInstantiation {
  const cached = f.facts.simpleInstantiation;
  if (cached !== null) return cached;
  const node = f.node;
  const parameterNames = (node.params as ESTree.Identifier[]).map((p) => p.name);
  const declaresArguments = !f.isArrow && usesArguments(node);
  const bound = new Set(parameterNames);
  if (declaresArguments) bound.add('arguments');
  const varNames: string[] = [];
  // varNames of hoisting.ts (strict as the function's scope is) also marks Annex B functions.
  if (node.body.type === 'BlockStatement')
    for (const name of functionVarNames(node.body.body, f.strict))
      if (!bound.has(name)) {
        bound.add(name);
        varNames.push(name);
      }
  const plan: SimpleInstantiation = {
    duplicateParameters: new Set(parameterNames).size !== parameterNames.length,
    declaresArguments,
    varNames,
    parameterNames,
    parameterTraceNames: new Int32Array(parameterNames.length),
    tracedBy: null,
  };
  f.facts.simpleInstantiation = plan;
  return plan;
}

/** The `arguments` object, if the function's code uses it, after the parameters' bindings. */
function declareArguments(
  a: Agent,
  f: ClosureFunction,
  scope: Scope,
  args: Value[],
  simple: boolean,
): void {
  const node = f.node;
  const params = node.params;
  if (!f.isArrow && usesArguments(node)) {
    const argumentsObject = createArgumentsObject(a, f, args);
    // A sloppy function with simple parameters aliases arguments[i] and its i-th parameter.
    if (!f.strict && simple) {
      const map = new Map<PropertyKey, Binding>();
      const mappedNames = new Set<string>();
      for (let i = Math.min(params.length, args.length) - 1; i >= 0; i--) {
        const name = (params[i] as ESTree.Identifier).name;
        // With duplicate names, the last parameter of that name is the one mapped.
        if (mappedNames.has(name)) continue;
        mappedNames.add(name);
        map.set(String(i), scope.own(name)!);
      }
      argumentsObject.parameterMap = map;
    }
    if (scope.own('arguments') === undefined) scope.declare('arguments', argumentsObject, true);
  }
}

function isSimpleParameterList(params: ESTree.Pattern[]): boolean {
  for (const p of params) if (p.type !== 'Identifier') return false;
  return true;
}

/**
 * Whether a function's own code mentions `arguments` (arrows inside it included, nested
 * functions not): only then is the object made, which spares most calls an allocation.
 */
function usesArguments(node: FunctionNode): boolean {
  const annotated = node as FunctionNode & { loopscopeUsesArguments?: boolean };
  if (annotated.loopscopeUsesArguments !== undefined) return annotated.loopscopeUsesArguments;
  let uses = false;
  const visit = (n: unknown): void => {
    if (uses || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const c of n) visit(c);
      return;
    }
    const x = n as { type?: string; name?: string };
    if (x.type === 'Identifier' && x.name === 'arguments') {
      uses = true;
      return;
    }
    if (x.type === 'FunctionExpression' || x.type === 'FunctionDeclaration') return;
    for (const key in x) {
      if (key === 'loc' || key === 'range') continue;
      const child = (x as Record<string, unknown>)[key];
      if (child && typeof child === 'object') visit(child);
    }
  };
  visit(node.params);
  visit(node.body);
  annotated.loopscopeUsesArguments = uses;
  return uses;
}

/** https://tc39.es/ecma262/#sec-createunmappedargumentsobject (and the mapped one's shape). */
function createArgumentsObject(a: Agent, f: ClosureFunction, args: Value[]): ArgumentsObject {
  const o = new ArgumentsObject(a.intrinsics.ObjectPrototype);
  for (let i = 0; i < args.length; i++)
    o.props.set(String(i), {
      value: args[i],
      writable: true,
      enumerable: true,
      configurable: true,
    });
  o.props.set('length', {
    value: args.length,
    writable: true,
    enumerable: false,
    configurable: true,
  });
  o.props.set(Symbol.iterator, {
    value: a.intrinsics.ArrayPrototypeValues,
    writable: true,
    enumerable: false,
    configurable: true,
  });
  if (f.strict) {
    const thrower = a.intrinsics.ThrowTypeError;
    o.props.set('callee', { get: thrower, set: thrower, enumerable: false, configurable: false });
  } else {
    o.props.set('callee', { value: f, writable: true, enumerable: false, configurable: true });
  }
  return o;
}

/** The evaluation of a function body; the caller decides how to drive it. */
function* evaluateBody(a: Agent, f: ClosureFunction, scope: Scope, args: Value[]): Gen<Value> {
  let bodyScope = scope;
  if (f.simpleParameters) instantiateSimple(a, f, scope, args);
  else bodyScope = yield* instantiate(a, f, scope, args);
  const body = f.node.body;
  if (body.type !== 'BlockStatement') {
    a.step(body);
    return yield* evaluate(body, bodyScope);
  }
  const c = !evaluatesPlainly(a, body)
    ? yield* executeStatements(body.body, bodyScope)
    : executeStatementsPlain(body.body, bodyScope);
  return c.type === 'return' ? c.value : undefined;
}

/**
 * Whether a call of `f` is an ordinary call whose parameters bind without a generator: a plain
 * function (or arrow) with plain parameter names. Its body decides the rest (see suspends.ts).
 */
function isPlainCall(f: ClosureFunction): boolean {
  return !f.isGenerator && !f.isAsync && !f.isClassConstructor && f.simpleParameters;
}

/** evaluateBody for a plain call (isPlainCall) whose body runs plainly: the same steps, no generators. */
function evaluateBodyPlain(a: Agent, f: ClosureFunction, scope: Scope, args: Value[]): Value {
  instantiateSimple(a, f, scope, args);
  const facts = f.facts;
  const expression = facts.expressionBody;
  if (expression !== null) {
    a.stepAt(facts.shortBodyStart, facts.shortBodyEnd);
    return evaluatePlain(expression, scope);
  }
  const statement = facts.loneReturn;
  if (statement !== null) {
    // The commonest body, `{ return x; }`: the same step, without a completion record per call
    // (a lone return statement declares nothing, so there is nothing to hoist).
    a.stepAt(facts.shortBodyStart, facts.shortBodyEnd);
    return statement.argument ? evaluatePlain(statement.argument, scope) : undefined;
  }
  const c = executeStatementsPlain((f.node.body as ESTree.BlockStatement).body, scope);
  return c.type === 'return' ? c.value : undefined;
}

/** suspends(body) of f's node (suspends.ts), kept in its facts. */
function bodySuspends(f: ClosureFunction): boolean {
  return (f.facts.bodySuspends ??= suspends(f.node.body));
}

/** runsPlain(body) of f's node (suspends.ts), kept in its facts. */
function bodyRunsPlain(f: ClosureFunction): boolean {
  return (f.facts.bodyRunsPlain ??= runsPlain(f.node.body));
}

/** An interpreted call that has begun: its frame is pushed; the driver runs `body` to its end. */
export interface StartedCall {
  body: Gen<Value>;
  frame: ActiveFrame;
  /** Turns the body's result into the call's (a constructor's `this`, for one). */
  finish: ((result: Value) => Value) | null;
}

/**
 * Whether a call to `f` can run on the trampoline (drive.ts) rather than on the host stack: plain
 * functions and constructors. Generators, async functions and builtins start through agent.call.
 */
export function isTrampolined(f: JSFunction): f is ClosureFunction {
  return f instanceof ClosureFunction && !f.isGenerator && !f.isAsync;
}

/**
 * Whether an interpreted call made by interpreted code can run on the host stack (callPlain)
 * rather than on the trampoline: its body runs plainly (calls included), and fewer than
 * MAX_PLAIN_CALL_DEPTH such calls are nested on the host stack already. Deeper recursion goes
 * on through the trampoline, so it stays as deep as V8's.
 */
export function callsPlainly(a: Agent, f: ClosureFunction): boolean {
  return a.plainCallDepth < MAX_PLAIN_CALL_DEPTH && isPlainCall(f) && bodyRunsPlain(f);
}

/**
 * An interpreted call of an ordinary function (callsPlainly) on the host stack: the steps that
 * startCall and the trampoline take, without a generator.
 */
export function callPlain(
  a: Agent,
  f: ClosureFunction,
  thisArg: Value,
  args: Value[],
  callSite: SourceRange,
): Value {
  const scope = newFunctionScope(a, f, thisArg, args, undefined);
  const frame = a.pushFrame(f.debugName(), 'call', callSite, f, scope);
  if (!f.isArrow) frame.receiver = scope.fn.thisValue;
  a.plainCallDepth++;
  try {
    return evaluateBodyPlain(a, f, scope, args);
  } finally {
    a.plainCallDepth--;
    a.popFrame(frame);
  }
}

/**
 * A call made by plain evaluation (see evaluatesPlainly); drive.ts makes the others. Every such
 * call holds the plain evaluation's frames on the host stack below it, so each counts as a plain
 * call: a builtin, and a callee that cannot run plainly, which gets a trampoline of its own.
 * Past MAX_PLAIN_CALL_DEPTH the dispatchers go back to generators, whose calls the trampoline
 * makes with nothing below them.
 */
export function callFromPlain(
  a: Agent,
  f: JSFunction,
  thisArg: Value,
  args: Value[],
  callSite: SourceRange,
): Value {
  if (!isTrampolined(f)) {
    const forwarded = forwardedCall(f, thisArg, args);
    if (forwarded !== null)
      return callFromPlain(a, forwarded.callee, forwarded.thisArg, forwarded.args, callSite);
    a.plainCallDepth++;
    try {
      return a.call(f, thisArg, args, callSite);
    } finally {
      a.plainCallDepth--;
    }
  }
  if (callsPlainly(a, f)) return callPlain(a, f, thisArg, args, callSite);
  const started = startCall(a, f, thisArg, args, callSite, 'call');
  a.plainCallDepth++;
  try {
    return runToEnd(trampoline(a, started.body));
  } finally {
    a.plainCallDepth--;
    a.popFrame(started.frame);
  }
}

/**
 * The call that calling `f` comes down to when `f` only forwards it: a bound function, or
 * Function.prototype.call and apply (realm/builtins/function.ts `forwarders`); null for any other
 * function. Interpreted code makes the forwarded call itself, as its own, so recursion through a
 * wrapper that forwards (`fn.apply(this, args)`) takes no more host stack than a direct call.
 */
export function forwardedCall(f: JSFunction, thisArg: Value, args: Value[]): ForwardedCall | null {
  if (f instanceof ClosureFunction) return null;
  if (f instanceof BoundFunction)
    return { callee: f.target, thisArg: f.boundThis, args: [...f.boundArgs, ...args] };
  const forward = forwarders.get(f);
  return forward === undefined ? null : forward(thisArg, args);
}

/** [[Call]] up to the first statement: https://tc39.es/ecma262/#sec-prepareforordinarycall */
export function startCall(
  a: Agent,
  f: ClosureFunction,
  thisArg: Value,
  args: Value[],
  callSite: SourceRange | null,
  kind: FrameView['kind'],
): StartedCall {
  if (f.isClassConstructor)
    throw a.typeError(`Class constructor ${f.name} cannot be invoked without 'new'`);
  const scope = newFunctionScope(a, f, thisArg, args, undefined);
  const frame = a.pushFrame(f.debugName(), kind, callSite, f, scope);
  if (!f.isArrow) frame.receiver = scope.fn.thisValue;
  return { body: evaluateBody(a, f, scope, args), frame, finish: null };
}

/** [[Construct]] up to the first statement: https://tc39.es/ecma262/#sec-ecmascript-function-objects-construct-argumentslist-newtarget */
export function startConstruct(
  a: Agent,
  f: ClosureFunction,
  args: Value[],
  newTarget: JSObject,
  callSite: SourceRange | null,
): StartedCall {
  let thisArg: JSObject | undefined;
  if (!f.isDerived) {
    const proto = get(a, newTarget, 'prototype');
    thisArg = new JSObject(proto instanceof JSObject ? proto : a.intrinsics.ObjectPrototype);
  }
  const scope = newFunctionScope(a, f, thisArg, args, newTarget);
  const frame = a.pushFrame(f.debugName(), 'call', callSite, f, scope);
  frame.isConstruct = true;
  const finish = (result: Value): Value => {
    if (result instanceof JSObject) return result;
    if (!f.isDerived) return thisArg as JSObject;
    if (result !== undefined)
      throw a.typeError('Derived constructors may only return object or undefined');
    if (!scope.fn.thisBound)
      throw a.referenceError(
        "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
      );
    return scope.fn.thisValue as JSObject;
  };
  return { body: constructorBody(a, f, thisArg, scope, args), frame, finish };
}

function* constructorBody(
  a: Agent,
  f: ClosureFunction,
  thisArg: JSObject | undefined,
  scope: Scope,
  args: Value[],
): Gen<Value> {
  if (thisArg) yield* initializeInstanceFields(a, thisArg, f);
  return yield* evaluateBody(a, f, scope, args);
}

/**
 * https://tc39.es/ecma262/#sec-ecmascript-function-objects-call-thisargument-argumentslist, for
 * calls that come from the host side (builtins, getters, jobs): the body runs on a trampoline of
 * its own, nested on the host stack.
 */
export function callClosure(
  a: Agent,
  f: ClosureFunction,
  thisArg: Value,
  args: Value[],
  callSite: SourceRange | null,
  kind: FrameView['kind'],
): Value {
  if (f.isGenerator) {
    if (f.isClassConstructor)
      throw a.typeError(`Class constructor ${f.name} cannot be invoked without 'new'`);
    // The generator's body starts on the first next(); only parameters bind now.
    const scope = newFunctionScope(a, f, thisArg, args, undefined);
    const body = trampoline(a, evaluateBody(a, f, scope, args));
    return f.isAsync ? startAsyncGenerator(a, f, body, kind) : createGeneratorObject(a, f, body);
  }
  if (f.isAsync) {
    const scope = newFunctionScope(a, f, thisArg, args, undefined);
    const frame = a.pushFrame(f.debugName(), kind, callSite, f, scope);
    if (!f.isArrow) frame.receiver = scope.fn.thisValue;
    try {
      return a.nested(() =>
        startAsyncFunction(a, f, trampoline(a, evaluateBody(a, f, scope, args)), frame),
      );
    } finally {
      a.popFrame(frame);
    }
  }
  if (isPlainCall(f) && !bodySuspends(f)) {
    // As startCall and runStarted do, with the body run by plain calls.
    const scope = newFunctionScope(a, f, thisArg, args, undefined);
    const frame = a.pushFrame(f.debugName(), kind, callSite, f, scope);
    if (!f.isArrow) frame.receiver = scope.fn.thisValue;
    a.enterNested();
    try {
      return evaluateBodyPlain(a, f, scope, args);
    } catch (e) {
      throw a.nestedError(e);
    } finally {
      a.leaveNested();
      a.popFrame(frame);
    }
  }
  return runStarted(a, startCall(a, f, thisArg, args, callSite, kind));
}

/** [[Construct]] from the host side; see callClosure. */
export function constructClosure(
  a: Agent,
  f: ClosureFunction,
  args: Value[],
  newTarget: JSObject,
  callSite: SourceRange | null,
): JSObject {
  return runStarted(a, startConstruct(a, f, args, newTarget, callSite)) as JSObject;
}

function runStarted(a: Agent, started: StartedCall): Value {
  try {
    const result = a.nested(() => runToEnd(trampoline(a, started.body)));
    return started.finish ? started.finish(result) : result;
  } finally {
    a.popFrame(started.frame);
  }
}

/** https://tc39.es/ecma262/#sec-initializeinstanceelements */
export function* initializeInstanceFields(
  a: Agent,
  target: JSObject,
  ctor: ClosureFunction,
): Gen<void> {
  const parts = ctor.classParts;
  if (parts === null) return;
  for (const [name, element] of parts.privateMethods) privateElementAdd(a, target, name, element);
  if (parts.fields.length === 0) return;
  const scope = new Scope(a, parts.fieldScope, {
    func: ctor,
    thisValue: target,
    thisBound: true,
    newTarget: undefined,
    homeObject: ctor.homeObject,
  });
  for (const field of parts.fields) yield* defineField(scope, target, field);
}

export function isAnonymousFunctionDefinition(node: ESTree.Node): boolean {
  return node.type === 'FunctionExpression' || node.type === 'ClassExpression'
    ? !node.id
    : node.type === 'ArrowFunctionExpression';
}

/** https://tc39.es/ecma262/#sec-setfunctionname */
export function setFunctionName(f: JSFunction, key: string | symbol, prefix?: string): void {
  let name = typeof key === 'symbol' ? (key.description ? `[${key.description}]` : '') : key;
  if (prefix) name = `${prefix} ${name}`;
  if (f instanceof ClosureFunction) f.name = name;
  f.defineOwnProperty('name', {
    value: name,
    writable: false,
    enumerable: false,
    configurable: true,
  });
}
