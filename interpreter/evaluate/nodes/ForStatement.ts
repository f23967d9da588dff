/** https://tc39.es/ecma262/#sec-for-statement-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { toBoolean } from '../../realm/operations';
import { evaluate } from '../evaluate';
import { afterBreak, loopContinues } from '../loopCompletion';
import { boundNames } from '../patterns';
import type { Scope } from '../scope';
import { execute } from '../statements';
import { type Completion, type Gen, NORMAL } from '../types';
import { declareVariables } from './VariableDeclaration';

/** https://tc39.es/ecma262/#sec-forbodyevaluation, with a fresh copy of let bindings per iteration. */
export function* executeFor(
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
