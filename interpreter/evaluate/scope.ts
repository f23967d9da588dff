/**
 * Environment records (https://tc39.es/ecma262/#sec-environment-records), simplified to one
 * class: a map of bindings and a parent. The function-level facts (`this`, `new.target`, the home
 * object for `super`) hang on the scope that the function call created; arrows and blocks
 * inherit them from their parent.
 */
import type { Agent } from '../agent';
import type { JSObject, Value } from '../realm/values';
import type { ClosureFunction } from './functions';

export interface Binding {
  value: Value;
  mutable: boolean;
  /** false while in the temporal dead zone. */
  initialized: boolean;
}

export interface FunctionContext {
  func: ClosureFunction | null;
  /** undefined this in a derived constructor before super() is `thisBound: false`. */
  thisValue: Value;
  thisBound: boolean;
  newTarget: JSObject | undefined;
  homeObject: JSObject | null;
  argumentsList: Value[];
}

export class Scope {
  readonly bindings = new Map<string, Binding>();

  constructor(
    readonly agent: Agent,
    readonly parent: Scope | null,
    readonly fn: FunctionContext,
    /** The global scope's bindings also live as properties of the global object. */
    readonly globalObject: JSObject | null = null,
  ) {}

  child(): Scope {
    return new Scope(this.agent, this, this.fn);
  }

  declare(name: string, value: Value, mutable: boolean, initialized = true): void {
    this.bindings.set(name, { value, mutable, initialized });
  }

  lookup(name: string): Binding | undefined {
    for (let s: Scope | null = this; s; s = s.parent) {
      const b = s.bindings.get(name);
      if (b) return b;
    }
    return undefined;
  }
}
