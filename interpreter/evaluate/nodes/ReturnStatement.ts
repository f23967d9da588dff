/** https://tc39.es/ecma262/#sec-return-statement-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { awaitReturnValue } from '../asyncIteration';
import { evaluate, evaluatePlain } from '../evaluate';
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
      ? yield* awaitReturnValue(node, yield* evaluate(node.argument, scope))
      : undefined,
  };
}

/** A return whose argument cannot suspend, outside async generators (see suspends.ts). */
export function executeReturnStatementPlain(
  node: ESTree.ReturnStatement,
  scope: Scope,
): Completion {
  scope.agent.step(node);
  return { type: 'return', value: node.argument ? evaluatePlain(node.argument, scope) : undefined };
}
