/** https://tc39.es/ecma262/#sec-expression-statement-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { evaluate } from '../evaluate';
import type { Scope } from '../scope';
import type { Completion, Gen } from '../types';

export function* executeExpressionStatement(
  node: ESTree.ExpressionStatement,
  scope: Scope,
): Gen<Completion> {
  scope.agent.step(node);
  return { type: 'normal', value: yield* evaluate(node.expression, scope) };
}
