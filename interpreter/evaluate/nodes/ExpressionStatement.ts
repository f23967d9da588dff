/** https://tc39.es/ecma262/#sec-expression-statement-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { evaluate, evaluatePlain } from '../evaluate';
import type { Scope } from '../scope';
import type { Completion, Gen } from '../types';

export function* executeExpressionStatement(
  node: ESTree.ExpressionStatement,
  scope: Scope,
): Gen<Completion> {
  scope.agent.step(node);
  return { type: 'normal', value: yield* evaluate(node.expression, scope) };
}

export function executeExpressionStatementPlain(
  node: ESTree.ExpressionStatement,
  scope: Scope,
): Completion {
  scope.agent.step(node);
  return { type: 'normal', value: evaluatePlain(node.expression, scope) };
}
