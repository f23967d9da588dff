/**
 * Statements: https://tc39.es/ecma262/#sec-ecmascript-language-statements-and-declarations.
 * Each returns a completion record; throws travel as ThrowSignal (see types.ts).
 */
import type * as ESTree from 'estree';
import type { Agent } from '../agent';
import { getIterator, iteratorClose, iteratorStep, type IteratorRecord } from '../realm/iteration';
import { hasProperty, putValue, toBoolean, toObject } from '../realm/operations';
import { JSObject, ThrowSignal, type Value } from '../realm/values';
import {
  asyncIteratorClose,
  asyncIteratorStep,
  awaitReturnValue,
  getAsyncIterator,
} from './asyncIteration';
import { defineClass } from './classes';
import { evaluate, looselyOrStrictlyEqual } from './evaluate';
import { makeFunction } from './functions';
import { bindPattern, boundNames, type BindingMode } from './patterns';
import type { Scope } from './scope';
import { NORMAL, ReturnSignal, type Completion, type Gen } from './types';

type Statement = ESTree.Statement | ESTree.ModuleDeclaration;

export function* executeStatements(body: Statement[], scope: Scope): Gen<Completion> {
  hoistLexical(scope.agent, body, scope);
  let last: Completion = NORMAL;
  for (const stmt of body) {
    const c = yield* execute(stmt, scope);
    if (c.type !== 'normal') return c;
    if (c.value !== undefined) last = c;
  }
  return last;
}

export function* execute(node: Statement, scope: Scope): Gen<Completion> {
  const a = scope.agent;
  switch (node.type) {
    case 'ExpressionStatement':
      a.step(node);
      return { type: 'normal', value: yield* evaluate(node.expression, scope) };
    case 'VariableDeclaration':
      a.step(node);
      yield* declareVariables(node, scope);
      return NORMAL;
    case 'FunctionDeclaration':
      // Instantiated when its scope was entered; a sloppy block function also sets its var.
      if (annexBFunctions.has(node)) setAnnexBVar(scope, node.id!.name);
      return NORMAL;
    case 'ClassDeclaration': {
      a.step(node);
      const cls = yield* defineClass(node, scope);
      const b = scope.lookup(node.id!.name)!;
      b.value = cls;
      b.initialized = true;
      return NORMAL;
    }
    case 'ReturnStatement':
      a.step(node);
      return {
        type: 'return',
        value: node.argument
          ? yield* awaitReturnValue(scope, yield* evaluate(node.argument, scope))
          : undefined,
      };
    case 'IfStatement':
      a.step(node.test);
      if (toBoolean(yield* evaluate(node.test, scope)))
        return yield* execute(node.consequent, scope);
      return node.alternate ? yield* execute(node.alternate, scope) : NORMAL;
    case 'BlockStatement':
      return yield* executeStatements(node.body, scope.child());
    case 'EmptyStatement':
      return NORMAL;
    case 'ThrowStatement':
      a.step(node);
      throw new ThrowSignal(yield* evaluate(node.argument, scope));
    case 'TryStatement':
      return yield* executeTry(node, scope);
    case 'WhileStatement':
      return yield* loop(node, scope, null);
    case 'DoWhileStatement':
      return yield* loop(node, scope, null);
    case 'ForStatement':
      return yield* executeFor(node, scope, null);
    case 'ForInStatement':
    case 'ForOfStatement':
      return yield* executeForInOf(node, scope, null);
    case 'BreakStatement':
      a.step(node);
      return { type: 'break', target: node.label?.name ?? null };
    case 'ContinueStatement':
      a.step(node);
      return { type: 'continue', target: node.label?.name ?? null };
    case 'LabeledStatement':
      return yield* executeLabeled(node, scope, []);
    case 'SwitchStatement':
      return yield* executeSwitch(node, scope);
    case 'DebuggerStatement':
      return NORMAL;
    default:
      throw new Error(`internal: no evaluator for statement ${node.type}`);
  }
}

function* declareVariables(node: ESTree.VariableDeclaration, scope: Scope): Gen<void> {
  const mode: BindingMode = node.kind === 'var' ? 'var' : node.kind === 'const' ? 'const' : 'let';
  for (const d of node.declarations) {
    if (!d.init) {
      if (mode === 'var') continue; // `var x;` does not reset x
      yield* bindPattern(d.id, undefined, scope, mode);
      continue;
    }
    const value = yield* evaluate(
      d.init,
      scope,
      d.id.type === 'Identifier' ? d.id.name : undefined,
    );
    yield* bindPattern(d.id, value, scope, mode, d.init);
  }
}

/** Hoisting of `var` and function declarations into a function (or script) scope. */
export function hoistFunctionScope(a: Agent, body: Statement[], scope: Scope): void {
  const names = varNames(body, scope.strict);
  const varObject = scope.varObject;
  if (varObject) {
    // A classic script's vars are properties of the global object (https://tc39.es/ecma262/#sec-globaldeclarationinstantiation).
    for (const name of names) {
      if (!varObject.hasOwn(name))
        varObject.defineOwnProperty(name, {
          value: undefined,
          writable: true,
          enumerable: true,
          configurable: false,
        });
    }
    return;
  }
  for (const name of names) if (!scope.bindings.has(name)) scope.declare(name, undefined, true);
  void a;
}

const varNamesCache = new WeakMap<object, string[]>();
/**
 * Function declarations in blocks of sloppy code, which also get a `var` of their name
 * (https://tc39.es/ecma262/#sec-block-level-function-declarations-web-legacy-compatibility-semantics).
 */
const annexBFunctions = new WeakSet<ESTree.Node>();

function varNames(body: Statement[], strict: boolean): string[] {
  let names = varNamesCache.get(body);
  if (names) return names;
  names = [];
  const visit = (n: ESTree.Node | null | undefined, inBlock = true): void => {
    if (!n) return;
    switch (n.type) {
      case 'VariableDeclaration':
        if (n.kind === 'var') for (const d of n.declarations) names!.push(...boundNames(d.id));
        return;
      case 'FunctionDeclaration':
        if (inBlock && !strict && !n.async && !n.generator && n.id) {
          annexBFunctions.add(n);
          names!.push(n.id.name);
        }
        return;
      case 'BlockStatement':
        n.body.forEach((c) => visit(c));
        return;
      case 'IfStatement':
        visit(n.consequent);
        visit(n.alternate);
        return;
      case 'ForStatement':
        visit(n.init as ESTree.Node);
        visit(n.body);
        return;
      case 'ForInStatement':
      case 'ForOfStatement':
        visit(n.left as ESTree.Node);
        visit(n.body);
        return;
      case 'WhileStatement':
      case 'DoWhileStatement':
      case 'LabeledStatement':
        visit(n.body);
        return;
      case 'TryStatement':
        visit(n.block);
        visit(n.handler?.body);
        visit(n.finalizer);
        return;
      case 'SwitchStatement':
        for (const c of n.cases) c.consequent.forEach((x) => visit(x));
        return;
      default:
        return;
    }
  };
  for (const stmt of body) visit(stmt, false);
  varNamesCache.set(body, names);
  return names;
}

/**
 * Block-level declarations: let/const/class enter the temporal dead zone; function declarations
 * are created at once (hoisted), as https://tc39.es/ecma262/#sec-blockdeclarationinstantiation.
 */
function hoistLexical(a: Agent, body: Statement[], scope: Scope): void {
  for (const stmt of body) {
    if (stmt.type === 'VariableDeclaration' && stmt.kind !== 'var') {
      for (const d of stmt.declarations)
        for (const name of boundNames(d.id))
          scope.declare(name, undefined, stmt.kind !== 'const', false);
    } else if (stmt.type === 'ClassDeclaration' && stmt.id) {
      scope.declare(stmt.id.name, undefined, true, false);
    }
  }
  for (const stmt of body) {
    if (stmt.type === 'FunctionDeclaration' && stmt.id) {
      const f = makeFunction(a, stmt, scope, stmt.id.name);
      if (scope.varObject) defineGlobalFunction(scope.varObject, stmt.id.name, f);
      else scope.declare(stmt.id.name, f, true);
    }
  }
}

/** https://tc39.es/ecma262/#sec-createglobalfunctionbinding */
function defineGlobalFunction(global: JSObject, name: string, f: Value): void {
  const existing = global.getOwnProperty(name);
  if (!existing || existing.configurable)
    global.defineOwnProperty(name, {
      value: f,
      writable: true,
      enumerable: true,
      configurable: false,
    });
  else global.defineOwnProperty(name, { value: f });
}

/** Annex B.3.2.1: evaluating a block's function declaration copies it to the function's var. */
function setAnnexBVar(scope: Scope, name: string): void {
  const value = scope.bindings.get(name)?.value;
  const outer = scope.parent?.lookup(name);
  if (outer) outer.value = value;
  else putValue(scope.agent, scope.agent.globalObject, name, value, false);
}

function* executeTry(node: ESTree.TryStatement, scope: Scope): Gen<Completion> {
  let completion: Completion = NORMAL;
  let pending: ThrowSignal | ReturnSignal | null = null;
  try {
    completion = yield* executeStatements(node.block.body, scope.child());
  } catch (e) {
    if (e instanceof ThrowSignal && node.handler) {
      try {
        completion = yield* executeCatch(node.handler, e.value, scope);
      } catch (inner) {
        if (!(inner instanceof ThrowSignal || inner instanceof ReturnSignal) || !node.finalizer)
          throw inner;
        pending = inner;
      }
    } else if ((e instanceof ThrowSignal || e instanceof ReturnSignal) && node.finalizer) {
      pending = e;
    } else {
      throw e; // the step limit and interpreter faults run no interpreted finally
    }
  }
  if (node.finalizer) {
    const f = yield* executeStatements(node.finalizer.body, scope.child());
    if (f.type !== 'normal') return f;
    if (pending) throw pending;
  }
  return completion;
}

function* executeCatch(handler: ESTree.CatchClause, thrown: Value, scope: Scope): Gen<Completion> {
  const catchScope = scope.child();
  if (handler.param) yield* bindPattern(handler.param, thrown, catchScope, 'let', null);
  return yield* executeStatements(handler.body.body, catchScope);
}

/** https://tc39.es/ecma262/#sec-loopcontinues */
function loopContinues(c: Completion, labels: string[] | null): boolean {
  if (c.type === 'normal') return true;
  if (c.type !== 'continue') return false;
  return c.target === null || (labels !== null && labels.includes(c.target));
}

/** The completion a loop ends with when its body broke out of it. */
function afterBreak(c: Completion, labels: string[] | null): Completion {
  if (c.type === 'break' && (c.target === null || (labels !== null && labels.includes(c.target))))
    return NORMAL;
  return c;
}

function* loop(
  node: ESTree.WhileStatement | ESTree.DoWhileStatement,
  scope: Scope,
  labels: string[] | null,
): Gen<Completion> {
  const a = scope.agent;
  if (node.type === 'DoWhileStatement') {
    for (;;) {
      const c = yield* execute(node.body, scope);
      if (!loopContinues(c, labels)) return afterBreak(c, labels);
      a.step(node.test);
      if (!toBoolean(yield* evaluate(node.test, scope))) return NORMAL;
    }
  }
  for (;;) {
    a.step(node.test);
    if (!toBoolean(yield* evaluate(node.test, scope))) return NORMAL;
    const c = yield* execute(node.body, scope);
    if (!loopContinues(c, labels)) return afterBreak(c, labels);
  }
}

/** https://tc39.es/ecma262/#sec-forbodyevaluation, with a fresh copy of let bindings per iteration. */
function* executeFor(
  node: ESTree.ForStatement,
  outer: Scope,
  labels: string[] | null,
): Gen<Completion> {
  const a = outer.agent;
  let scope = outer.child();
  let perIteration: string[] = [];
  if (node.init) {
    if (node.init.type === 'VariableDeclaration') {
      if (node.init.kind !== 'var') {
        for (const d of node.init.declarations)
          for (const n of boundNames(d.id))
            scope.declare(n, undefined, node.init.kind !== 'const', false);
        if (node.init.kind === 'let')
          perIteration = node.init.declarations.flatMap((d) => boundNames(d.id));
      }
      a.step(node.init);
      yield* declareVariables(node.init, scope);
    } else {
      a.step(node.init);
      yield* evaluate(node.init, scope);
    }
  }
  // CreatePerIterationEnvironment is only observable by closures; loops without any skip it.
  if (perIteration.length > 0 && !containsClosure(node)) perIteration = [];
  const copy = () => {
    if (perIteration.length === 0) return;
    const next = outer.child();
    for (const n of perIteration) {
      const b = scope.bindings.get(n)!;
      next.declare(n, b.value, true);
    }
    scope = next;
  };
  copy();
  for (;;) {
    if (node.test) {
      a.step(node.test);
      if (!toBoolean(yield* evaluate(node.test, scope))) return NORMAL;
    } else {
      // `for (;;) {}` takes a step per iteration all the same, so the step limit can end it.
      a.step(node);
    }
    const c = yield* execute(node.body, scope);
    if (!loopContinues(c, labels)) return afterBreak(c, labels);
    copy();
    if (node.update) {
      a.step(node.update);
      yield* evaluate(node.update, scope);
    }
  }
}

function* executeForInOf(
  node: ESTree.ForInStatement | ESTree.ForOfStatement,
  outer: Scope,
  labels: string[] | null,
): Gen<Completion> {
  const a = outer.agent;
  a.step(node.right);
  const left = node.left;
  const lexical = left.type === 'VariableDeclaration' && left.kind !== 'var';
  // TDZ scope for the right-hand side: `for (let x of x)` is a ReferenceError.
  const tdz = outer.child();
  if (lexical)
    for (const d of left.declarations)
      for (const n of boundNames(d.id)) tdz.declare(n, undefined, false, false);
  const subject = yield* evaluate(node.right, lexical ? tdz : outer);
  let iterator: IteratorRecord | null = null;
  let keys: string[] = [];
  let forInObject: JSObject | null = null;
  let isAwait = false;
  if (node.type === 'ForOfStatement') {
    isAwait = node.await;
    iterator = isAwait ? getAsyncIterator(a, subject) : getIterator(a, subject, node.right);
  } else {
    if (subject === undefined || subject === null) return NORMAL;
    forInObject = toObject(a, subject);
    keys = forInKeys(a, forInObject);
  }
  let index = 0;
  for (;;) {
    let value: Value;
    if (iterator) {
      const r = isAwait ? yield* asyncIteratorStep(a, iterator) : iteratorStep(a, iterator);
      if (r.done) return NORMAL;
      value = r.value;
    } else {
      // A key deleted before it is visited is not visited (https://tc39.es/ecma262/#sec-enumerate-object-properties).
      while (index < keys.length && !hasProperty(forInObject!, keys[index])) index++;
      if (index >= keys.length) return NORMAL;
      value = keys[index++];
    }
    const scope = outer.child();
    let c: Completion;
    try {
      a.step(left);
      if (left.type === 'VariableDeclaration') {
        const mode: BindingMode =
          left.kind === 'var' ? 'var' : left.kind === 'const' ? 'const' : 'let';
        yield* bindPattern(left.declarations[0].id, value, scope, mode, null);
      } else {
        yield* bindPattern(left as ESTree.Pattern, value, scope, 'assign', null);
      }
      c = yield* execute(node.body, scope);
    } catch (e) {
      if (iterator && (e instanceof ThrowSignal || e instanceof ReturnSignal)) {
        try {
          if (isAwait) yield* asyncIteratorClose(a, iterator);
          else iteratorClose(a, iterator);
        } catch (closeError) {
          if (!(closeError instanceof ThrowSignal) || !(e instanceof ThrowSignal)) throw closeError;
        }
      }
      throw e;
    }
    if (!loopContinues(c, labels)) {
      if (iterator) {
        if (isAwait) yield* asyncIteratorClose(a, iterator);
        else iteratorClose(a, iterator);
      }
      return afterBreak(c, labels);
    }
  }
}

/** EnumerateObjectProperties: own enumerable string keys, then the prototype chain's, no repeats. */
function forInKeys(a: Agent, obj: JSObject): string[] {
  const seen = new Set<string>();
  const keys: string[] = [];
  for (let o: JSObject | null = obj; o; o = o.proto) {
    for (const key of o.ownKeys()) {
      if (typeof key !== 'string' || seen.has(key)) continue;
      seen.add(key);
      if (o.getOwnProperty(key)?.enumerable) keys.push(key);
    }
  }
  void a;
  return keys;
}

function* executeLabeled(
  node: ESTree.LabeledStatement,
  scope: Scope,
  outerLabels: string[],
): Gen<Completion> {
  const labels = [...outerLabels, node.label.name];
  const body = node.body;
  let c: Completion;
  switch (body.type) {
    case 'LabeledStatement':
      c = yield* executeLabeled(body, scope, labels);
      break;
    case 'ForStatement':
      c = yield* executeFor(body, scope, labels);
      break;
    case 'ForInStatement':
    case 'ForOfStatement':
      c = yield* executeForInOf(body, scope, labels);
      break;
    case 'WhileStatement':
    case 'DoWhileStatement':
      c = yield* loop(body, scope, labels);
      break;
    default:
      c = yield* execute(body, scope);
  }
  if (c.type === 'break' && c.target === node.label.name) return NORMAL;
  return c;
}

function* executeSwitch(node: ESTree.SwitchStatement, outer: Scope): Gen<Completion> {
  const a = outer.agent;
  a.step(node.discriminant);
  const value = yield* evaluate(node.discriminant, outer);
  const scope = outer.child();
  hoistLexical(
    a,
    node.cases.flatMap((c) => c.consequent),
    scope,
  );
  let matched = -1;
  for (let i = 0; i < node.cases.length && matched < 0; i++) {
    const test = node.cases[i].test;
    if (!test) continue;
    a.step(test);
    if (looselyOrStrictlyEqual(value, yield* evaluate(test, scope), true)) matched = i;
  }
  if (matched < 0) matched = node.cases.findIndex((c) => c.test === null);
  if (matched < 0) return NORMAL;
  for (let i = matched; i < node.cases.length; i++) {
    for (const stmt of node.cases[i].consequent) {
      const c = yield* execute(stmt, scope);
      if (c.type === 'break' && c.target === null) return NORMAL;
      if (c.type !== 'normal') return c;
    }
  }
  return NORMAL;
}

const closureCache = new WeakMap<object, boolean>();

/** Whether a subtree creates functions or classes (which could capture its bindings). */
function containsClosure(node: ESTree.Node): boolean {
  let found = closureCache.get(node);
  if (found !== undefined) return found;
  found = false;
  const visit = (n: unknown): void => {
    if (found || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const c of n) visit(c);
      return;
    }
    const type = (n as { type?: string }).type;
    if (
      type === 'FunctionExpression' ||
      type === 'FunctionDeclaration' ||
      type === 'ArrowFunctionExpression' ||
      type === 'ClassExpression' ||
      type === 'ClassDeclaration'
    ) {
      found = true;
      return;
    }
    for (const key in n as object) {
      if (key === 'loc' || key === 'range') continue;
      const child = (n as Record<string, unknown>)[key];
      if (child && typeof child === 'object') visit(child);
    }
  };
  visit(node);
  closureCache.set(node, found);
  return found;
}
