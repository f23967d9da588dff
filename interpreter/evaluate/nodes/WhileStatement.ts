/** while and do-while: https://tc39.es/ecma262/#sec-runtime-semantics-whileloopevaluation and #sec-runtime-semantics-dowhileloopevaluation */
import type * as ESTree from 'estree';
import { toBoolean } from '../../realm/operations';
import { evaluate, evaluatePlain } from '../evaluate';
import { afterBreak, loopContinues } from '../loopCompletion';
import type { Scope } from '../scope';
import { execute, executePlain } from '../statements';
import { type Completion, type Gen, NORMAL } from '../types';

export function* loop(
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

export function loopPlain(
  node: ESTree.WhileStatement | ESTree.DoWhileStatement,
  scope: Scope,
  labels: string[] | null,
): Completion {
  const a = scope.agent;
  if (node.type === 'DoWhileStatement') {
    for (;;) {
      const c = executePlain(node.body, scope);
      if (!loopContinues(c, labels)) return afterBreak(c, labels);
      a.step(node.test);
      if (!toBoolean(evaluatePlain(node.test, scope))) return NORMAL;
    }
  }
  for (;;) {
    a.step(node.test);
    if (!toBoolean(evaluatePlain(node.test, scope))) return NORMAL;
    const c = executePlain(node.body, scope);
    if (!loopContinues(c, labels)) return afterBreak(c, labels);
  }
}
