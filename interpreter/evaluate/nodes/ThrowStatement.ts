/** https://tc39.es/ecma262/#sec-throw-statement-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { ThrowSignal } from '../../realm/values';
import { evaluate } from '../evaluate';
import type { Scope } from '../scope';
import type { Completion, Gen } from '../types';

export function* executeThrowStatement(node: ESTree.ThrowStatement, scope: Scope): Gen<Completion> {
  scope.agent.step(node);
  throw new ThrowSignal(yield* evaluate(node.argument, scope));
}
