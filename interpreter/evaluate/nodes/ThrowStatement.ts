/** https://tc39.es/ecma262/#sec-throw-statement-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { ThrowSignal } from '../../realm/values';
import { evaluate, evaluatePlain } from '../evaluate';
import type { Scope } from '../scope';
import type { Completion, Gen } from '../types';

export function* executeThrowStatement(node: ESTree.ThrowStatement, scope: Scope): Gen<Completion> {
  scope.agent.step(node);
  throw new ThrowSignal(yield* evaluate(node.argument, scope));
}

export function executeThrowStatementPlain(node: ESTree.ThrowStatement, scope: Scope): Completion {
  scope.agent.step(node);
  throw new ThrowSignal(evaluatePlain(node.argument, scope));
}
