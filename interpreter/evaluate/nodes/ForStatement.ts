/** https://tc39.es/ecma262/#sec-for-statement-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { toBoolean } from '../../realm/operations';
import { evaluate, evaluatePlain } from '../evaluate';
import { afterBreak, loopContinues } from '../loopCompletion';
import { boundNames } from '../patterns';
import type { Scope } from '../scope';
import { execute, executePlain } from '../statements';
import { evaluatesPlainly } from '../suspends';
import { type Completion, type Gen, NORMAL } from '../types';
import { declareVariables, declareVariablesPlain } from './VariableDeclaration';
import { keepAlive } from '../../keepAlive';

/**
 * https://tc39.es/ecma262/#sec-forbodyevaluation, with a fresh copy of let bindings per
 * iteration. A plain init runs here, before the generator of the iterations starts (whoever
 * asked for the loop's generator runs it at once): the generator that every await in the body
 * passes through holds only the iterations, and V8 has less of it to compile.
 */
export function executeFor(
  node: ESTree.ForStatement,
  outer: Scope,
  labels: string[] | null,
): Gen<Completion> {
  const a = outer.agent;
  const loop = new ForLoopScope(node, outer);
  const init = node.init;
  if (init && !evaluatesPlainly(a, init)) return initializeThenIterate(node, init, loop, labels);
  if (init) {
    a.step(init);
    if (init.type === 'VariableDeclaration') declareVariablesPlain(init, loop.scope);
    else evaluatePlain(init, loop.scope);
  }
  loop.startIterations();
  return iterate(node, loop, labels);
}

/** executeFor when evaluating the init can suspend. */
function* initializeThenIterate(
  node: ESTree.ForStatement,
  init: ESTree.VariableDeclaration | ESTree.Expression,
  loop: ForLoopScope,
  labels: string[] | null,
): Gen<Completion> {
  loop.scope.agent.step(init);
  if (init.type === 'VariableDeclaration') yield* declareVariables(init, loop.scope);
  else yield* evaluate(init, loop.scope);
  loop.startIterations();
  return yield* iterate(node, loop, labels);
}

function* iterate(
  node: ESTree.ForStatement,
  loop: ForLoopScope,
  labels: string[] | null,
): Gen<Completion> {
  const a = loop.scope.agent;
  // The test and the update are evaluated plainly here when they can be, as `evaluate` would,
  // without its Finished and the iteration protocol each `yield*` on it goes through.
  const test = node.test;
  const update = node.update;
  for (;;) {
    if (test) {
      a.step(test);
      const value = evaluatesPlainly(a, test)
        ? evaluatePlain(test, loop.scope)
        : yield* evaluate(test, loop.scope);
      if (!toBoolean(value)) return NORMAL;
    } else {
      // `for (;;) {}` takes a step per iteration all the same, so the step limit can end it.
      a.step(node);
    }
    const c = yield* execute(node.body, loop.scope);
    if (!loopContinues(c, labels)) return afterBreak(c, labels);
    loop.nextIteration();
    if (update) {
      a.step(update);
      if (evaluatesPlainly(a, update)) evaluatePlain(update, loop.scope);
      else yield* evaluate(update, loop.scope);
    }
  }
}

/** executeFor when nothing in the loop can suspend (see suspends.ts): the same steps. */
export function executeForPlain(
  node: ESTree.ForStatement,
  outer: Scope,
  labels: string[] | null,
): Completion {
  const a = outer.agent;
  const loop = new ForLoopScope(node, outer);
  if (node.init) {
    a.step(node.init);
    if (node.init.type === 'VariableDeclaration') declareVariablesPlain(node.init, loop.scope);
    else evaluatePlain(node.init, loop.scope);
  }
  loop.startIterations();
  for (;;) {
    if (node.test) {
      a.step(node.test);
      if (!toBoolean(evaluatePlain(node.test, loop.scope))) return NORMAL;
    } else {
      a.step(node);
    }
    const c = executePlain(node.body, loop.scope);
    if (!loopContinues(c, labels)) return afterBreak(c, labels);
    loop.nextIteration();
    if (node.update) {
      a.step(node.update);
      evaluatePlain(node.update, loop.scope);
    }
  }
}

/** The scope a for loop runs in, copied per iteration for `let` bindings closures can see. */
class ForLoopScope {
  scope: Scope;
  private perIteration: string[] = [];

  constructor(
    private readonly node: ESTree.ForStatement,
    private readonly outer: Scope,
  ) {
    this.scope = outer.child();
    const init = node.init;
    if (init?.type === 'VariableDeclaration' && init.kind !== 'var') {
      for (const d of init.declarations)
        for (const n of boundNames(d.id))
          this.scope.declare(n, undefined, init.kind !== 'const', false);
      if (init.kind === 'let')
        this.perIteration = init.declarations.flatMap((d) => boundNames(d.id));
    }
    keepAlive(ForLoopScope, this);
  }

  /** After the init: CreatePerIterationEnvironment, only observable by closures, so loops without any skip it. */
  startIterations(): void {
    if (this.perIteration.length > 0 && !containsClosure(this.node)) this.perIteration = [];
    this.nextIteration();
  }

  nextIteration(): void {
    if (this.perIteration.length === 0) return;
    const next = this.outer.child();
    for (const n of this.perIteration) next.declare(n, this.scope.own(n)!.value, true);
    this.scope = next;
  }
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
