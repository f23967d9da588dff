/**
 * Environment records (https://tc39.es/ecma262/#sec-environment-records), simplified to one
 * class: a map of bindings and a parent. The function-level facts (`this`, `new.target`, the home
 * object for `super`) hang on the scope that the function call created; arrows and blocks
 * inherit them from their parent.
 */
import type { Agent } from '../agent';
import type { JSObject, Value } from '../realm/values';
import type { ClosureFunction } from './functions';
import type { PrivateName } from './privateNames';

export interface Binding {
  value: Value;
  mutable: boolean;
  /** false while in the temporal dead zone. */
  initialized: boolean;
  /** A named function expression's own name: assignments to it are ignored in sloppy code. */
  silentImmutable?: boolean;
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
  /**
   * When set, this scope's `var` and function declarations are properties of this object
   * rather than bindings: the global object, for a browser's classic script.
   */
  varObject: JSObject | null = null;
  /** The Private Names a class body declares (https://tc39.es/ecma262/#sec-privateenvironment-records). */
  privateNames: Map<string, PrivateName> | undefined = undefined;

  constructor(
    readonly agent: Agent,
    readonly parent: Scope | null,
    readonly fn: FunctionContext,
    /** Strict mode code (https://tc39.es/ecma262/#sec-strict-mode-code); blocks inherit it. */
    readonly strict: boolean = parent?.strict ?? false,
  ) {}

  child(): Scope {
    return new Scope(this.agent, this, this.fn, this.strict);
  }

  declare(name: string, value: Value, mutable: boolean, initialized = true): void {
    this.bindings.set(name, { value, mutable, initialized });
  }

  lookup(name: string): Binding | undefined {
    const own = this.bindings.get(name);
    if (own) return own;
    for (let s = this.parent; s; s = s.parent) {
      const b = s.bindings.get(name);
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
