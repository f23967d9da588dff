/**
 * https://tc39.es/ecma262/#sec-expression-statement-runtime-semantics-evaluation
 * NON-SPEC: the completion value is dropped (see executeStatements).
 */
import type * as ESTree from 'estree';
import { evaluate, evaluatePlain } from '../evaluate';
import type { Scope } from '../scope';
import { type Completion, type Gen, NORMAL } from '../types';

export function* executeExpressionStatement(
  node: ESTree.ExpressionStatement,
  scope: Scope,
): Gen<Completion> {
  scope.agent.step(node);
  yield* evaluate(node.expression, scope);
  return NORMAL;
}

export function executeExpressionStatementPlain(
  node: ESTree.ExpressionStatement,
  scope: Scope,
): Completion {
  scope.agent.step(node);
  evaluatePlain(node.expression, scope);
  return NORMAL;
}
