/** https://tc39.es/ecma262/#sec-return-statement-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { awaitReturnValue } from '../asyncIteration';
import { evaluate } from '../evaluate';
import type { Scope } from '../scope';
import type { Completion, Gen } from '../types';

export function* executeReturnStatement(
  node: ESTree.ReturnStatement,
  scope: Scope,
): Gen<Completion> {
  scope.agent.step(node);
  return {
    type: 'return',
    value: node.argument
      ? yield* awaitReturnValue(scope, yield* evaluate(node.argument, scope))
      : undefined,
  };
}
