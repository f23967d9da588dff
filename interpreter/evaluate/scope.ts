/**
 * Environment records (https://tc39.es/ecma262/#sec-environment-records), simplified to one
 * class: a list of bindings and a parent. The function-level facts (`this`, `new.target`, the home
 * object for `super`) hang on the scope that the function call created; arrows and blocks
 * inherit them from their parent.
 */
import type { Agent } from '../agent';
import { previewValue } from '../realm/preview';
import type { JSObject, Value } from '../realm/values';
import { EventKind } from '../trace/encoding';
import type { RecordedBinding, RecordedScope } from '../trace/recorder';
import type { ClosureFunction } from './functions';
import type { PrivateName } from './privateNames';

/**
 * One binding of a scope. Writes go through `value` and `initialized` so that the trace records
 * each one (the call stack's locals, trace/recorder.ts) without the evaluator saying so.
 */
export class Binding implements RecordedBinding {
  // Fields are assigned in the constructor, not declared as class fields: each field initializer
  // is a definition of its own, and a binding is made for every parameter of every call.
  declare private readonly scope: Scope;
  declare readonly name: string;
  declare private current: Value;
  declare mutable: boolean;
  /** false while in the temporal dead zone. */
  declare private live: boolean;
  declare traceName: number;
  declare writeEvent: number;
  declare writeValue: number;
  /** A named function expression's own name: assignments to it are ignored in sloppy code. */
  declare silentImmutable: boolean;
  /** The binding declared before this one in the same scope (see Scope.own). */
  declare next: Binding | null;

  /**
   * Only the fields: the scope declares and records it (Scope.declare). A constructor this small
   * is inlined where bindings are made, so a call's parameters cost no construct call each.
   */
  constructor(
    scope: Scope,
    name: string,
    value: Value,
    mutable: boolean,
    initialized: boolean,
    traceName: number,
    next: Binding | null,
  ) {
    this.scope = scope;
    this.name = name;
    this.current = value;
    this.mutable = mutable;
    this.live = initialized;
    this.traceName = traceName;
    this.writeEvent = -1;
    this.writeValue = -1;
    this.silentImmutable = false;
    this.next = next;
  }

  get value(): Value {
    return this.current;
  }

  set value(value: Value) {
    this.current = value;
    // A write in the temporal dead zone is the first half of an initialization (see below).
    if (this.live) this.scope.record(this, value);
  }

  get initialized(): boolean {
    return this.live;
  }

  set initialized(initialized: boolean) {
    this.live = initialized;
    if (initialized) this.scope.record(this, this.current);
  }
}

/** Bindings a scope keeps in its list alone (see Scope.own). */
const LIST_LIMIT = 8;

export interface FunctionContext {
  func: ClosureFunction | null;
  /** undefined this in a derived constructor before super() is `thisBound: false`. */
  thisValue: Value;
  thisBound: boolean;
  newTarget: JSObject | undefined;
  homeObject: JSObject | null;
}

export class Scope implements RecordedScope {
  // Fields are assigned in the constructor, not declared as class fields (see Binding): every
  // call and every block with declarations makes a scope.
  declare readonly agent: Agent;
  declare readonly parent: Scope | null;
  declare readonly fn: FunctionContext;
  /** Strict mode code (https://tc39.es/ecma262/#sec-strict-mode-code); blocks inherit it. */
  declare readonly strict: boolean;
  /**
   * The bindings, newest first: most scopes hold a few, which a list finds faster than a Map
   * is made. A scope that grows past LIST_LIMIT bindings (a script's) gets a Map as well.
   */
  declare private newest: Binding | null;
  declare private count: number;
  declare private table: Map<string, Binding> | null;
  declare traceRow: number;
  /**
   * When set, this scope's `var` and function declarations are properties of this object
   * rather than bindings: the global object, for a browser's classic script.
   */
  declare varObject: JSObject | null;
  /** The Private Names a class body declares (https://tc39.es/ecma262/#sec-privateenvironment-records). */
  declare privateNames: Map<string, PrivateName> | undefined;

  constructor(
    agent: Agent,
    parent: Scope | null,
    fn: FunctionContext,
    strict: boolean = parent?.strict ?? false,
  ) {
    this.agent = agent;
    this.parent = parent;
    this.fn = fn;
    this.strict = strict;
    this.newest = null;
    this.count = 0;
    this.table = null;
    this.traceRow = -1;
    this.varObject = null;
    this.privateNames = undefined;
  }

  child(): Scope {
    return new Scope(this.agent, this, this.fn, this.strict);
  }

  /** Declares a binding; one of the same name declared before is replaced (shadowed). */
  declare(name: string, value: Value, mutable: boolean, initialized = true): void {
    // The scope's row first, then the name's index: the order in which the trace has always
    // numbered them. Every binding's name is numbered at its declaration (its first record), so
    // recordBinding has no first-write branch, which a run that declares its last binding after
    // recordBinding was optimized (strings.js) reached and deoptimized.
    this.recordedRow();
    this.add(name, value, mutable, initialized, this.agent.recorder.nameIndex(name));
  }

  /**
   * Declares a function's plain parameter, initialized to its argument, with its name's index in
   * the trace already known (see instantiateSimple): the scope's row is recorded already.
   */
  declareParameter(name: string, value: Value, traceName: number): void {
    this.add(name, value, true, true, traceName);
  }

  private add(
    name: string,
    value: Value,
    mutable: boolean,
    initialized: boolean,
    traceName: number,
  ): void {
    const binding = new Binding(this, name, value, mutable, initialized, traceName, this.newest);
    this.newest = binding;
    if (this.table) this.table.set(name, binding);
    else if (++this.count > LIST_LIMIT) {
      this.table = new Map();
      for (let b: Binding | null = binding; b; b = b.next)
        if (!this.table.has(b.name)) this.table.set(b.name, b);
    }
    if (initialized) this.record(binding, value);
    else
      this.agent.recorder.recordBinding(
        binding,
        this.recordedRow(),
        EventKind.bindingUninitialized,
        0,
      );
  }

  /** This scope's own binding of `name`, if it has one. */
  own(name: string): Binding | undefined {
    if (this.table) return this.table.get(name);
    for (let b = this.newest; b; b = b.next) if (b.name === name) return b;
    return undefined;
  }

  /** This scope's row in the trace, recording it on first use. */
  recordedRow(): number {
    if (this.traceRow >= 0) return this.traceRow;
    return this.agent.recorder.scopeRow(this, describeScope);
  }

  /**
   * recordedRow for the scope of a call to the function `name`: it is named so (an arrow's scope
   * otherwise looks like a block).
   */
  recordedCallRow(name: string): number {
    if (this.traceRow >= 0) return this.traceRow;
    return this.agent.recorder.callScopeRow(this, describeScope, name);
  }

  /** Records an initialized declaration or a write of one of this scope's bindings in the trace. */
  record(binding: Binding, value: Value): void {
    const recorder = this.agent.recorder;
    const row = this.recordedRow();
    if (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0))
      recorder.recordBinding(binding, row, EventKind.bindingNumber, value);
    else recorder.recordBinding(binding, row, EventKind.bindingPreview, previewValue(value));
  }

  lookup(name: string): Binding | undefined {
    const own = this.own(name);
    if (own) return own;
    for (let s = this.parent; s; s = s.parent) {
      const b = s.own(name);
      if (b) return b;
    }
    return undefined;
  }
}

/** Whether a directive prologue contains 'use strict' (https://tc39.es/ecma262/#sec-directive-prologues-and-the-use-strict-directive). */
export function hasUseStrictDirective(
  body: ReadonlyArray<{ type: string; directive?: string }>,
): boolean {
  for (const stmt of body) {
    if (stmt.type !== 'ExpressionStatement' || stmt.directive === undefined) return false;
    if (stmt.directive === 'use strict') return true;
  }
  return false;
}

/** How the call stack names a scope: the script's top level, a function's scope, or a block. */
function describeScope(recorded: RecordedScope): ScopeDescription {
  const scope = recorded as Scope;
  if (!scope.parent) return SCRIPT;
  // A function's scope has a FunctionContext of its own; blocks (and arrows) share their parent's.
  if (scope.fn !== scope.parent.fn && scope.fn.func) return closure(scope.fn.func.debugName());
  return BLOCK;
}

/** A function's scope is described in one object, refilled: the recorder keeps nothing of it. */
function closure(name: string): ScopeDescription {
  CLOSURE.name = name;
  return CLOSURE;
}

interface ScopeDescription {
  kind: 'script' | 'closure' | 'block';
  name: string;
}

const SCRIPT: ScopeDescription = { kind: 'script', name: '' };
const BLOCK: ScopeDescription = { kind: 'block', name: '' };
const CLOSURE: ScopeDescription = { kind: 'closure', name: '' };
